package org.mlready.curriculum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real content files of the repository, read from disk as the loader receives them. */
final class ContentFiles {

    static final Path ROOT = Path.of("content");

    private ContentFiles() {
    }

    static List<ContentFile> areas() {
        try (Stream<Path> files = Files.list(ROOT.resolve("curriculum/areas"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(ContentFiles::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ContentFile pathways() {
        return read(ROOT.resolve("curriculum/pathways.yaml"));
    }

    static ContentFile prerequisites() {
        return read(ROOT.resolve("curriculum/prerequisites.yaml"));
    }

    static Curriculum load() {
        return CurriculumLoader.load(areas(), pathways(), prerequisites());
    }

    static ContentFile read(Path path) {
        try {
            return new ContentFile("content/" + ROOT.relativize(path).toString().replace('\\', '/'), Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
