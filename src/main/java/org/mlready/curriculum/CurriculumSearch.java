package org.mlready.curriculum;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Case- and accent-insensitive search over topics, skills and resources. Every word of the query must occur
 * (as a word prefix) in the entry; titles weigh more than descriptions.
 */
public final class CurriculumSearch {

    public enum Kind { TOPIC, SKILL, RESOURCE }

    public record Hit(Kind kind, String id, String title, String detail, String topicId, String topicTitle, int score) {
    }

    private record Document(Kind kind, String id, String title, String detail, Topic topic, String titleText,
                            String bodyText) {
    }

    private final List<Document> documents = new ArrayList<>();

    public CurriculumSearch(Curriculum curriculum) {
        for (Topic topic : curriculum.topics()) {
            String area = curriculum.areaOf(topic).title();
            add(Kind.TOPIC, topic.id(), topic.title(), area, topic, topic.summary());
            for (Skill skill : topic.skills()) {
                add(Kind.SKILL, skill.id(), skill.title(), topic.title(), topic, topic.title());
            }
            for (Resource resource : topic.resources()) {
                add(Kind.RESOURCE, resource.id(), resource.title(), resource.description(), topic,
                        resource.description() + " " + resource.kind().label() + " " + topic.title());
            }
        }
    }

    private void add(Kind kind, String id, String title, String detail, Topic topic, String body) {
        documents.add(new Document(kind, id, title, detail, topic, normalise(title), normalise(body)));
    }

    public List<Hit> search(String query, int limit) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Document document : documents) {
            int score = 0;
            boolean all = true;
            for (String word : words) {
                if (containsWordPrefix(document.titleText(), word)) {
                    score += 3;
                } else if (containsWordPrefix(document.bodyText(), word)) {
                    score += 1;
                } else {
                    all = false;
                    break;
                }
            }
            if (all) {
                if (document.kind() == Kind.TOPIC) {
                    score += 1;
                }
                hits.add(new Hit(document.kind(), document.id(), document.title(), document.detail(),
                        document.topic().id(), document.topic().title(), score));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::score).reversed());
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }

    private static boolean containsWordPrefix(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
            from = at + 1;
        }
    }

    static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String part : normalise(query).split("[^\\p{L}\\p{N}]+")) {
            if (!part.isEmpty()) {
                words.add(part);
            }
        }
        return words;
    }

    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT);
    }
}
