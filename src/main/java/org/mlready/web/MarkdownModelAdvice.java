package org.mlready.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Offers every page the Markdown-with-maths renderer as {@code md}: {@code th:utext="${md.html(text)}"}. */
@ControllerAdvice
class MarkdownModelAdvice {

    private final MathMarkdown markdown;

    MarkdownModelAdvice(MathMarkdown markdown) {
        this.markdown = markdown;
    }

    @ModelAttribute("md")
    MathMarkdown md() {
        return markdown;
    }
}
