package org.mlready.curriculum;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the curriculum files are read from: the copy inside the application by default, or a folder. */
@ConfigurationProperties("mlready.content")
public record ContentProperties(@DefaultValue("classpath:content/") String location) {
}
