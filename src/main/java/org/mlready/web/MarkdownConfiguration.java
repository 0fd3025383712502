package org.mlready.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MarkdownConfiguration {

    /** Templates render item text with {@code th:utext="${@markdown.html(text)}"}. */
    @Bean
    MathMarkdown markdown() {
        return new MathMarkdown();
    }
}
