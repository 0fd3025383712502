package org.mlready.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MathMarkdownTests {

    private final MathMarkdown markdown = new MathMarkdown();

    @Test
    void keepsFormulasAwayFromTheMarkdownParser() {
        String html = markdown.html("Compute $a_1 * b_2$ and $$\\sum_{i=1}^n x_i^2$$ for *emphasis*.");
        assertThat(html).contains("<span class=\"math\">a_1 * b_2</span>", "<span class=\"math display\">\\sum_{i=1}^n x_i^2</span>",
                "<em>emphasis</em>");
    }

    @Test
    void rendersTablesAndCodeAndEscapesHtml() {
        String html = markdown.html("| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nprint(1 < 2)\n```\n\n<script>alert(1)</script>");
        assertThat(html).contains("<table>", "<td>1</td>", "print(1 &lt; 2)").doesNotContain("<script>");
        assertThat(html).contains("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"><table>", "</table></div>");
    }

    @Test
    void leavesDollarAmountsAlone() {
        assertThat(markdown.html("It costs $5 and $10 today.")).doesNotContain("class=\"math\"");
    }
}
