package org.mlready.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mlready.assessment.cat.AdaptiveTest;
import org.mlready.assessment.cat.RecordedAnswer;

/**
 * Readiness tests kept in memory between requests, so that an answer costs one estimation step instead of a replay
 * of every earlier answer. The database stays the truth: a kept test is used only while its answers equal the
 * stored ones, and is rebuilt otherwise (another instance took an answer, a write failed, the server restarted).
 * Callers synchronise on the returned test while they use it.
 */
final class LiveTests {

    private static final int MAX_KEPT = 5000;

    private final Map<Long, AdaptiveTest> tests = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, AdaptiveTest> eldest) {
            return size() > MAX_KEPT;
        }
    });

    AdaptiveTest get(long checkId, List<RecordedAnswer> stored, Supplier<AdaptiveTest> rebuild) {
        AdaptiveTest kept = tests.get(checkId);
        if (kept != null) {
            synchronized (kept) {
                if (kept.answers().equals(stored)) {
                    return kept;
                }
            }
        }
        AdaptiveTest fresh = rebuild.get();
        tests.put(checkId, fresh);
        return fresh;
    }

    void forget(long checkId) {
        tests.remove(checkId);
    }
}
