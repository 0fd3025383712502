package org.mlready.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemCatalogue;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.authored.AuthoredItemFile;
import org.mlready.assessment.item.authored.AuthoredItemLoader;
import org.mlready.assessment.item.check.AnswerChecker;
import org.mlready.assessment.item.check.CheckResult;
import org.mlready.assessment.item.check.Verdict;
import org.mlready.assessment.item.sql.SqlAnswerChecker;
import org.mlready.assessment.item.sql.SqlCheckOutcome;
import org.mlready.assessment.item.sql.SqlSandbox;
import org.mlready.curriculum.ContentProperties;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Skill;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every exercise the platform can set: the generated families and the authored items of {@code content/items/},
 * checked at start-up against the curriculum, with the checkers (and the SQL sandbox) that mark answers.
 */
@Component
public class ItemBank implements AutoCloseable {

    private final ItemCatalogue catalogue;
    private final AnswerChecker checker = new AnswerChecker();
    private final SqlSandbox sandbox = SqlSandbox.create();
    private final SqlAnswerChecker sqlChecker = new SqlAnswerChecker(sandbox);
    private final Curriculum curriculum;

    public ItemBank(Curriculum curriculum, ContentProperties content) {
        this.curriculum = curriculum;
        Set<String> skills = curriculum.skills().stream().map(Skill::id).collect(Collectors.toSet());
        List<ItemFamily> families = new ArrayList<>(GeneratedFamilies.all());
        families.addAll(AuthoredItemLoader.load(authoredFiles(content.location()), skills));
        List<String> strays = families.stream().filter(f -> !skills.contains(f.skillId()))
                .map(f -> f.id() + " -> " + f.skillId()).toList();
        if (!strays.isEmpty()) {
            throw new IllegalStateException("item families name skills the curriculum does not have: " + strays);
        }
        this.catalogue = new ItemCatalogue(families);
    }

    private static List<AuthoredItemFile> authoredFiles(String location) {
        String base = location.endsWith("/") ? location : location + "/";
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(base + "items/*.yaml"))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(r -> {
                        try {
                            return new AuthoredItemFile("content/items/" + r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list content/items", e);
        }
    }

    public Optional<ItemFamily> family(String familyId) {
        return catalogue.family(familyId);
    }

    public List<ItemFamily> familiesFor(String skillId) {
        return catalogue.familiesFor(skillId);
    }

    public List<ItemFamily> families() {
        return catalogue.families();
    }

    public Optional<ItemInstance> instance(String familyId, long seed) {
        return catalogue.family(familyId).map(f -> f.generate(seed));
    }

    public Optional<ItemInstance> forSkill(String skillId, long seed) {
        return catalogue.forSkill(skillId, seed);
    }

    /** Distinct questions available for each skill of the curriculum, in curriculum order. */
    public Map<String, Long> coverage() {
        Map<String, Long> coverage = new LinkedHashMap<>();
        curriculum.skills().forEach(s -> coverage.put(s.id(), catalogue.distinctQuestionsFor(s.id())));
        return coverage;
    }

    public CheckResult check(ItemInstance item, String response) {
        if (item.key() instanceof AnswerKey.Sql sql) {
            if (response == null || response.isBlank()) {
                return CheckResult.unreadable("a single SQL SELECT query");
            }
            SqlCheckOutcome outcome = sqlChecker.check(response, sql);
            Verdict verdict = !outcome.readable() ? Verdict.UNREADABLE : outcome.correct() ? Verdict.CORRECT : Verdict.INCORRECT;
            return new CheckResult(verdict, outcome.message());
        }
        return checker.check(item, response);
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
