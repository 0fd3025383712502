package org.mlready.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrerequisiteGraphTests {

    private static Prerequisite edge(String before, String after) {
        return new Prerequisite(before, after, "because");
    }

    @Test
    void ordersTopicsAfterTheirPrerequisitesKeepingCurriculumOrderOtherwise() {
        var graph = new PrerequisiteGraph(List.of("pca", "python", "linear-algebra", "numpy"),
                List.of(edge("linear-algebra", "pca"), edge("python", "numpy")));
        assertThat(graph.order()).containsExactly("python", "linear-algebra", "pca", "numpy");
        assertThat(graph.allPrerequisitesOf("pca")).containsExactly("linear-algebra");
        assertThat(graph.dependentsOf("python")).containsExactly("numpy");
    }

    @Test
    void findsTransitivePrerequisites() {
        var graph = new PrerequisiteGraph(List.of("a", "b", "c", "d"), List.of(edge("a", "b"), edge("b", "c"), edge("c", "d")));
        assertThat(graph.allPrerequisitesOf("d")).containsExactly("a", "b", "c");
        assertThat(graph.prerequisitesOf("d")).containsExactly("c");
    }

    @Test
    void refusesACycle() {
        assertThatThrownBy(() -> new PrerequisiteGraph(List.of("a", "b", "c"), List.of(edge("a", "b"), edge("b", "c"), edge("c", "a"))))
                .isInstanceOf(PrerequisiteCycleException.class).hasMessageContaining("a -> b -> c -> a");
    }

    @Test
    void realCurriculumPlacesFoundationsFirst() {
        Curriculum curriculum = ContentFiles.load();
        List<String> order = curriculum.graph().order();
        for (Prerequisite p : curriculum.prerequisites()) {
            assertThat(order.indexOf(p.before())).as(p.toString()).isLessThan(order.indexOf(p.after()));
        }
        assertThat(curriculum.graph().allPrerequisitesOf("neural-network-fundamentals")).contains("linear-algebra", "calculus-optimization");
        assertThat(curriculum.graph().allPrerequisitesOf("statistical-analysis")).contains("statistics-probability");
    }
}
