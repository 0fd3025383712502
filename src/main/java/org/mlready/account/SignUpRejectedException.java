package org.mlready.account;

/** A sign-up that cannot be accepted, with the form field at fault and a message for the person. */
public class SignUpRejectedException extends RuntimeException {

    private final String field;

    public SignUpRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
