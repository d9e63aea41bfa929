package id.naikkelas.security;

import id.naikkelas.identity.Role;
import id.naikkelas.security.World.Kind;
import id.naikkelas.security.World.Thing;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One line of the access table: an operation (method and path template, as the OpenAPI document or the page's
 * mapping spells it), the roles meant to use it, the kind of object it acts on and the scope rule that says which
 * of those objects a caller of such a role may reach, and how to fill in a request that would succeed if allowed.
 */
final class Rule {

    /** Whether a caller may reach an object (the role is checked apart). */
    interface Reach {
        boolean test(World w, Caller c, Thing t);
    }

    /** Adds what the request needs besides the path: a JSON body, form fields, files, headers. */
    interface Body {
        void fill(Matrix.Ctx x, Caller c, Thing t, Request r);
    }

    /** What one request sends. */
    static final class Request {
        Object json;
        final Map<String, String> params = new LinkedHashMap<>();
        final Map<String, byte[]> files = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();

        Request json(Object body) {
            json = body;
            return this;
        }

        Request param(String name, Object value) {
            params.put(name, String.valueOf(value));
            return this;
        }

        Request file(String name, byte[] content) {
            files.put(name, content);
            return this;
        }

        Request header(String name, Object value) {
            headers.put(name, String.valueOf(value));
            return this;
        }
    }

    final String method;
    final String path;
    final boolean web;
    Set<Role> roles = EnumSet.noneOf(Role.class);
    /** Anonymous callers too (public reference data, permit and certificate checks). */
    boolean open;
    /** The object kind the path (or body) names; null for a collection or a page of one's own. */
    Kind kind;
    Reach reach = (w, c, t) -> true;
    Body body = (x, c, t, r) -> { };
    /** Only refusals are probed: a reachable object would be changed for good (a page form) or has nothing to show. */
    boolean refusalsOnly;
    /** Not probed here, and why (covered by its twin, or nothing of anyone's to reach). */
    String unprobed;
    /**
     * Creating something in a region outside one's jurisdiction may also be refused as invalid input naming the
     * region field (422 with this code), as the form shows it; nothing may be created either way.
     */
    String refusalCode;

    Rule(String key, boolean web) {
        int space = key.indexOf(' ');
        this.method = key.substring(0, space);
        this.path = key.substring(space + 1);
        this.web = web;
    }

    String key() {
        return method + " " + path;
    }

    boolean mutation() {
        return !method.equals("GET");
    }

    Rule roles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return this;
    }

    Rule open() {
        this.open = true;
        this.roles = EnumSet.allOf(Role.class);
        return this;
    }

    Rule on(Kind kind, Reach reach) {
        this.kind = kind;
        this.reach = reach;
        return this;
    }

    Rule body(Body body) {
        this.body = body;
        return this;
    }

    Rule refusalsOnly() {
        this.refusalsOnly = true;
        return this;
    }

    Rule refusedAsInvalid(String code) {
        this.refusalCode = code;
        return this;
    }

    Rule unprobed(String why) {
        this.unprobed = why;
        return this;
    }

    /** Whether the caller is meant to reach the object through this operation. */
    boolean allows(World w, Caller c, Thing t) {
        if (!c.signedIn()) {
            return open;
        }
        return roles.contains(c.role) && (t == null || reach.test(w, c, t));
    }

    @Override
    public String toString() {
        return (web ? "page " : "") + key();
    }
}
