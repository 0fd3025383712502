package org.mlready.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.mlready.curriculum.ContentFile;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.CurriculumLoader;

/** The repository's real curriculum, loaded from content/ without Spring. */
public final class TestCurriculum {

    private static Curriculum curriculum;

    private TestCurriculum() {
    }

    public static synchronized Curriculum load() {
        if (curriculum == null) {
            try (Stream<Path> files = Files.list(Path.of("content/curriculum/areas"))) {
                curriculum = CurriculumLoader.load(files.sorted().map(TestCurriculum::read).toList(),
                        read(Path.of("content/curriculum/pathways.yaml")), read(Path.of("content/curriculum/prerequisites.yaml")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return curriculum;
    }

    private static ContentFile read(Path path) {
        try {
            return new ContentFile(path.toString(), Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
