package org.mlready.curriculum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

@Configuration(proxyBeanMethods = false)
class CurriculumConfiguration {

    @Bean
    Curriculum curriculum(ContentProperties properties) {
        String base = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
        var resolver = new PathMatchingResourcePatternResolver();
        try {
            List<ContentFile> areas = Arrays.stream(resolver.getResources(base + "curriculum/areas/*.yaml"))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(r -> read(r, "curriculum/areas/" + r.getFilename()))
                    .toList();
            if (areas.isEmpty()) {
                throw new ContentValidationException(List.of(base + "curriculum/areas/: no area files (*.yaml) found"));
            }
            return CurriculumLoader.load(areas,
                    read(resolver.getResource(base + "curriculum/pathways.yaml"), "curriculum/pathways.yaml"),
                    read(resolver.getResource(base + "curriculum/prerequisites.yaml"), "curriculum/prerequisites.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list content under " + base, e);
        }
    }

    @Bean
    CurriculumSearch curriculumSearch(Curriculum curriculum) {
        return new CurriculumSearch(curriculum);
    }

    private static ContentFile read(Resource resource, String name) {
        String reported = "content/" + name;
        if (!resource.exists()) {
            throw new ContentValidationException(List.of(reported + ": file: missing"));
        }
        try {
            return new ContentFile(reported, resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ContentValidationException(List.of(reported + ": file: cannot be read (" + e.getMessage() + ")"));
        }
    }
}
