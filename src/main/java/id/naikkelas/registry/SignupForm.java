package id.naikkelas.registry;

/** Self-registration: an account for the owner plus the business, filled in on one page. */
class SignupForm extends BusinessForm {
    private String username;
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
