package org.mlready.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Everything the platform stores about one person, gathered from every module's {@link PersonalDataSection}. */
@Service
class PersonalDataExport {

    private final Accounts accounts;
    private final List<PersonalDataSection> sections;
    private final java.time.Clock clock;

    PersonalDataExport(Accounts accounts, List<PersonalDataSection> sections, java.time.Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.sections = sections;
    }

    Map<String, Object> exportFor(long accountId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant().toString());
        Account account = accounts.findById(accountId).orElseThrow();
        export.put("account", AccountApiController.ProfileView.of(account));
        export.put("accountCreatedAt", account.createdAt().toString());
        sections.stream().sorted(java.util.Comparator.comparing(PersonalDataSection::name))
                .forEach(section -> export.put(section.name(), section.exportFor(accountId)));
        return export;
    }
}
