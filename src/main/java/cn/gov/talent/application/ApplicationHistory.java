package cn.gov.talent.application;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.Organization;

/**
 * 办理记录: an application's audit lines as its detail page shows them, each with who acted named
 * the way the reader knows them: the applicant as the applicant, an official by the unit that acted
 * (南昌大学, 南昌市人社局, the office), a step the system took as the system; never an account name.
 * The page names actions, states and notes through {@code auditLabels}.
 */
@Component
class ApplicationHistory {

    private final AuditTrail audit;
    private final Organization organization;
    private final Accounts accounts;
    private final MessageSource messages;

    ApplicationHistory(AuditTrail audit, Organization organization, Accounts accounts, MessageSource messages) {
        this.audit = audit;
        this.organization = organization;
        this.accounts = accounts;
        this.messages = messages;
    }

    /** The application's audit lines, oldest first. */
    List<AuditRecord> lines(Application application) {
        return audit.historyOf("APPLICATION", application.getId());
    }

    /** Who acted on each line, named for the reader, by the line's id. */
    Map<Long, String> actors(Application application, List<AuditRecord> lines, Locale locale) {
        // the unit each line was written for; lines written before the unit was kept: the account's unit now
        Set<Long> unitIds = lines.stream().map(AuditRecord::getActorUnitId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> units = new HashMap<>(organization.unitNames(unitIds));
        Set<Long> withoutUnit = lines.stream().filter(line -> line.getActorUnitId() == null
                && line.getActorUserId() != null && line.getActorUserId() != application.getApplicantId())
                .map(AuditRecord::getActorUserId).collect(Collectors.toSet());
        Map<Long, String> unitsOfAccounts = withoutUnit.isEmpty() ? Map.of() : accounts.unitNamesOfUsers(withoutUnit);
        String system = messages.getMessage("history.actor.system", null, locale);
        String applicant = messages.getMessage("history.actor.applicant", null, locale);
        String official = messages.getMessage("history.actor.official", null, locale);
        Map<Long, String> actors = new HashMap<>();
        lines.forEach(line -> {
            String actor;
            if (line.getActorUserId() == null) {
                actor = system;
            } else if (line.getActorUserId() == application.getApplicantId()) {
                actor = applicant;
            } else if (line.getActorUnitId() != null && units.containsKey(line.getActorUnitId())) {
                actor = units.get(line.getActorUnitId());
            } else {
                actor = unitsOfAccounts.getOrDefault(line.getActorUserId(), official);
            }
            actors.put(line.getId(), actor);
        });
        return actors;
    }
}
