package org.mlready.account;

import org.springframework.http.HttpStatus;

/** A password change, reset or account deletion that cannot be done, with the form field at fault and why. */
class CredentialsRejectedException extends RuntimeException {

    private final String field;
    private final HttpStatus status;

    CredentialsRejectedException(String field, HttpStatus status, String message) {
        super(message);
        this.field = field;
        this.status = status;
    }

    String field() {
        return field;
    }

    HttpStatus status() {
        return status;
    }
}
