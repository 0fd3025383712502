package org.mlready.assessment.item.software;

import java.util.List;

import org.mlready.assessment.item.ItemFamily;

/** Every generated item family for Git, testing, documentation and project structure, and Git for data science. */
public final class SoftwareItemFamilies {

    private SoftwareItemFamilies() {
    }

    public static List<ItemFamily> all() {
        return List.of(
                new GitLogCountFamily(),
                new GitMergeOutcomeFamily(),
                new ParametrizeCountFamily(),
                new FixtureSetupCountFamily(),
                new BoundaryBugFamily(),
                new SemverNextVersionFamily(),
                new Pep440SpecifierFamily(),
                new GitignoreMatchFamily(),
                new LfsCloneSizeFamily());
    }
}
