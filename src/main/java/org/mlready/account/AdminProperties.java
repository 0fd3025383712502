package org.mlready.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first administrator, from MLREADY_ADMIN_EMAIL and MLREADY_ADMIN_PASSWORD. */
@ConfigurationProperties("mlready.admin")
record AdminProperties(String email, String password) {
}
