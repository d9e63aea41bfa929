package id.naikkelas;

import static org.assertj.core.api.Assertions.assertThat;

/** Pieces of a rendered form, for tests that check what a person sees next to a field. */
public final class FormHtml {

    private FormHtml() {
    }

    /** The markup of the label holding the named field: its input and the messages right after it. */
    public static String field(String html, String name) {
        int at = html.indexOf("name=\"" + name + "\"");
        assertThat(at).as("field " + name).isNotNegative();
        int start = html.lastIndexOf("<label", at);
        return html.substring(start, html.indexOf("</label>", at));
    }
}
