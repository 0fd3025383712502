package org.mlready.account;

public enum Role {
    LEARNER, INSTRUCTOR, ADMIN
}
