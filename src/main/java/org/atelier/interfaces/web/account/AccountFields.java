package org.atelier.interfaces.web.account;

/** Which field of an account form a refusal belongs to, so that its message appears beside it. */
final class AccountFields {

    private AccountFields() {
    }

    static String fieldFor(String form, String messageKey) {
        if (messageKey.startsWith("account.name")) {
            return form + ":name";
        }
        if (messageKey.startsWith("account.email")) {
            return form + ":email";
        }
        if (messageKey.startsWith("account.password")) {
            return form + ":password";
        }
        return null;
    }
}
