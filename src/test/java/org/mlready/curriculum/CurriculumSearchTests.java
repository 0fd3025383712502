package org.mlready.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurriculumSearchTests {

    private final CurriculumSearch search = new CurriculumSearch(ContentFiles.load());

    @Test
    void matchesWordPrefixesCaseAndAccentInsensitively() {
        assertThat(search.search("EIGEN", 10)).extracting(CurriculumSearch.Hit::id).contains("eigen-diagonalisation");
        assertThat(search.search("régression", 10)).isNotEmpty();
    }

    @Test
    void requiresEveryWordAndRanksTitlesFirst() {
        var hits = search.search("linear algebra", 10);
        assertThat(hits.get(0).title()).containsIgnoringCase("linear algebra");
        assertThat(search.search("linear zebra", 10)).isEmpty();
    }

    @Test
    void ignoresBlankQueries() {
        assertThat(search.search("  ", 10)).isEmpty();
        assertThat(search.search(null, 10)).isEmpty();
    }
}
