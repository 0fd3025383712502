package org.mlready.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MarkdownConfiguration {

    /** Shared by every page through {@link MarkdownModelAdvice}. */
    @Bean
    MathMarkdown markdown() {
        return new MathMarkdown();
    }
}
