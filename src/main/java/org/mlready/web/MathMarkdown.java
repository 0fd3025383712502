package org.mlready.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown with LaTeX to HTML. Maths between {@code $$...$$} or {@code $...$} is set aside before the Markdown
 * parser sees it (so underscores and backslashes in formulas survive) and comes back as
 * {@code <span class="math">} elements that KaTeX renders in the browser. Raw HTML in the source is escaped.
 */
public final class MathMarkdown {

    private static final Pattern MATH = Pattern.compile("\\$\\$(.+?)\\$\\$|(?<![\\\\$])\\$(?!\\s)([^$\\n]+?)(?<!\\s)\\$(?!\\d)",
            Pattern.DOTALL);
    private static final String TOKEN = "MLREADYMATH";

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MathMarkdown() {
        var extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build();
    }

    public String html(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        List<String> formulas = new ArrayList<>();
        Matcher matcher = MATH.matcher(markdown);
        StringBuilder protectedText = new StringBuilder();
        while (matcher.find()) {
            boolean display = matcher.group(1) != null;
            String tex = display ? matcher.group(1) : matcher.group(2);
            formulas.add((display ? "<span class=\"math display\">" : "<span class=\"math\">") + escape(tex.strip()) + "</span>");
            matcher.appendReplacement(protectedText, TOKEN + (formulas.size() - 1) + "X");
        }
        matcher.appendTail(protectedText);
        String html = renderer.render(parser.parse(protectedText.toString()));
        for (int i = formulas.size() - 1; i >= 0; i--) {
            html = html.replace(TOKEN + i + "X", formulas.get(i));
        }
        // Raw HTML in the source is escaped, so every <table> here is one the renderer made: wrap each in a
        // keyboard-reachable region that scrolls sideways on a phone instead of widening the page.
        return html.replace("<table>", "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"><table>")
                .replace("</table>", "</table></div>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
