package cn.gov.talent.application;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.StringUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.program.eligibility.ApplicantFacts;
import cn.gov.talent.program.eligibility.EligibilityReport;
import cn.gov.talent.program.eligibility.TitlesOnRecord;
import cn.gov.talent.program.eligibility.WorkPeriod;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;

/**
 * The applicant's dossier: the working copy, saving it (refusing stale tabs), what the
 * eligibility check is told about the applicant, submission as a frozen version, and the
 * differences between versions.
 */
@Service
@Transactional(readOnly = true)
public class Dossiers {

    /** 教育经历: rows a dossier may list. */
    static final int EDUCATIONS_MAX = 20;
    /** 工作经历: rows a dossier may list. */
    static final int WORK_MAX = 40;
    /** 业绩成果: rows a dossier may list. */
    static final int ACHIEVEMENTS_MAX = 50;
    /** 回避专家: at most three names (DOMAIN: 回避申请, at most 3). */
    static final int AVOID_MAX = 3;
    /** One avoid-list entry: a name and the expert's unit. */
    static final int AVOID_ENTRY_MAX = 100;
    /** The office's reason for granting or refusing an exception (application.exception_decision_reason). */
    static final int EXCEPTION_REASON_MAX = 1000;

    private final DossierRepository dossiers;
    private final DossierVersionRepository versions;
    private final ApplicationRepository applications;
    private final Applications workflow;
    private final Programs programs;
    private final Accounts accounts;
    private final JsonMapper json;
    private final Clock clock;
    private final AttachmentRepository attachments;
    private final ObjectProvider<TitlesOnRecord> titlesOnRecord;
    private final IdNumberCipher idNumbers;
    private final JdbcTemplate jdbc;

    Dossiers(DossierRepository dossiers, DossierVersionRepository versions, ApplicationRepository applications,
            Applications workflow, Programs programs, Accounts accounts, JsonMapper json, Clock clock,
            AttachmentRepository attachments, ObjectProvider<TitlesOnRecord> titlesOnRecord, IdNumberCipher idNumbers,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.idNumbers = idNumbers;
        this.attachments = attachments;
        this.titlesOnRecord = titlesOnRecord;
        this.dossiers = dossiers;
        this.versions = versions;
        this.applications = applications;
        this.workflow = workflow;
        this.programs = programs;
        this.accounts = accounts;
        this.json = json;
        this.clock = clock;
    }

    /** The working copy; a new dossier starts with the account's phone and e-mail. */
    public DossierForm open(Application application) {
        return dossiers.findById(application.getId()).map(this::read).orElseGet(() -> {
            var form = new DossierForm();
            accounts.find(application.getApplicantId()).ifPresent(user -> {
                form.setPhone(user.getPhone());
                form.setEmail(user.getEmail());
            });
            return form;
        });
    }

    /**
     * Saves the working copy. Only the applicant, only while editable, and only over the version
     * the form was read from.
     */
    @Transactional
    public void save(long applicationId, DossierForm form, Actor actor) {
        Application application = editableBy(applicationId, actor);
        DossierForm clean = form.withoutBlankRows();
        requireValid(application, clean);
        clean.setAttachments(new ArrayList<>());
        Dossier dossier = dossiers.findById(application.getId()).orElse(null);
        if (dossier == null) {
            if (clean.getVersion() != DossierForm.UNSAVED) {
                throw new Refusal("dossier.conflict");
            }
            dossiers.save(new Dossier(application.getId(), write(clean), clock.instant()));
        } else {
            if (dossier.getVersion() != clean.getVersion()) {
                throw new Refusal("dossier.conflict");
            }
            dossier.replace(write(clean), clock.instant());
        }
        application.setExceptionRequested(clean.isExceptionRequested());
        application.setDisciplineCode(clean.getDisciplineCode());
    }

    /**
     * What the page offers is all the server takes: the discipline from the standard's list, each
     * achievement's kind from the category's conditions (or OTHER), each exclusion from the category's,
     * and the repeating sections and the avoid list within their bounds. Refused field by field.
     */
    private void requireValid(Application application, DossierForm form) {
        List<Refusal.Problem> problems = new ArrayList<>();
        String discipline = form.getDisciplineCode();
        if (StringUtils.hasText(discipline) && programs.disciplines(List.of(discipline)).isEmpty()) {
            problems.add(new Refusal.Problem("disciplineCode", "dossier.discipline.invalid", null));
        }
        DossierKinds kinds = DossierKinds.of(programs.rulesOf(application.getCategoryId()));
        if (form.getEducations().size() > EDUCATIONS_MAX) {
            problems.add(new Refusal.Problem("educations", "dossier.rows.tooMany", new Object[] {EDUCATIONS_MAX}));
        }
        if (form.getWork().size() > WORK_MAX) {
            problems.add(new Refusal.Problem("work", "dossier.rows.tooMany", new Object[] {WORK_MAX}));
        }
        List<AchievementEntry> achievements = form.getAchievements();
        if (achievements.size() > ACHIEVEMENTS_MAX) {
            problems.add(new Refusal.Problem("achievements", "dossier.rows.tooMany", new Object[] {ACHIEVEMENTS_MAX}));
        } else {
            for (int i = 0; i < achievements.size(); i++) {
                String kind = achievements.get(i).getKind();
                if (StringUtils.hasText(kind) && !kinds.allowsAchievement(kind)) {
                    problems.add(new Refusal.Problem("achievements", "dossier.achievement.kind.invalid",
                            new Object[] {i + 1}));
                    break;
                }
            }
        }
        Set<String> exclusions = form.getExclusionsHeld() == null ? Set.of() : form.getExclusionsHeld();
        if (exclusions.stream().anyMatch(code -> !kinds.exclusions().contains(code))) {
            problems.add(new Refusal.Problem("exclusionsHeld", "dossier.exclusion.invalid", null));
        }
        Set<String> declared = form.getConditionsDeclared() == null ? Set.of() : form.getConditionsDeclared();
        if (declared.stream().anyMatch(code -> !kinds.conditions().contains(code))) {
            problems.add(new Refusal.Problem("conditionsDeclared", "dossier.condition.invalid", null));
        }
        List<String> avoid = form.getAvoidExperts();
        if (avoid.size() > AVOID_MAX) {
            problems.add(new Refusal.Problem("avoidExperts", "dossier.avoid.tooMany", new Object[] {AVOID_MAX}));
        } else {
            for (int i = 0; i < avoid.size(); i++) {
                if (avoid.get(i).trim().length() > AVOID_ENTRY_MAX) {
                    problems.add(new Refusal.Problem("avoidExperts", "dossier.avoid.tooLong",
                            new Object[] {i + 1, AVOID_ENTRY_MAX}));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
    }

    /** The eligibility check on a form not yet saved (the live check while the applicant types). */
    public EligibilityReport check(Application application, DossierForm unsaved) {
        return programs.check(application.getBatchId(), application.getCategoryId(),
                facts(application, unsaved.withoutBlankRows()));
    }

    /** The eligibility check on the saved working copy, at the batch's reference date. */
    public EligibilityReport check(Application application) {
        return programs.check(application.getBatchId(), application.getCategoryId(),
                facts(application, open(application)));
    }

    /**
     * Submits (or resubmits) the saved dossier: the state machine decides with the eligibility
     * result and the exception request; the dossier is frozen as the next version.
     */
    @Transactional
    public int submit(long applicationId, Actor actor) {
        Application application = editableBy(applicationId, actor);
        DossierForm form = open(application);
        EligibilityReport report = check(application);
        boolean exception = form.isExceptionRequested() && StringUtils.hasText(form.getExceptionJustification())
                && report.onlyRelaxableUnmet();
        TransitionFacts facts = TransitionFacts.NONE.withEligible(report.allPassed()).withExceptionRequested(exception);
        WorkflowEvent event = application.getStatus() == ApplicationStatus.RETURNED ? WorkflowEvent.RESUBMIT
                : WorkflowEvent.SUBMIT;
        // a first submission closes with the application window; a returned dossier may come back
        // until the employers' deadline
        var batch = programs.batch(application.getBatchId()).orElseThrow();
        workflow.requireWindow(batch, event == WorkflowEvent.RESUBMIT && batch.employerDeadline() != null
                ? batch.employerDeadline() : batch.applicationCloses());
        if (!facts.eligible() && !facts.exceptionRequested()) {
            // what the state machine's guard would refuse, said so the applicant knows what to do
            throw new Refusal("dossier.notEligible");
        }
        workflow.fire(applicationId, event, actor, null, facts);
        form.setAttachments(attachments.findByApplicationIdOrderByIdAsc(applicationId).stream()
                .map(attachment -> new AttachmentRef(attachment.getKind(), attachment.getFileName(),
                        attachment.getSha256()))
                .toList());
        int number = versions.countByApplicationId(applicationId) + 1;
        versions.save(new DossierVersion(applicationId, number, write(form), Instant.now(clock)));
        return number;
    }

    /**
     * The experts each applicant asked to avoid (回避申请), by application id: the working copies' lists, read with
     * one query and without taking the dossiers into the session (a round's draw asks for 20,000), each list taken
     * from its document without the rest of the form.
     */
    public Map<Long, List<String>> avoidLists(Collection<Long> applicationIds) {
        Map<Long, List<String>> avoid = new HashMap<>();
        if (applicationIds.isEmpty()) {
            return avoid;
        }
        // the transaction's changes first, as a query through the session would write them
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            dossiers.flush();
        }
        jdbc.query(connection -> {
            var select = connection.prepareStatement(
                    "select application_id, content from dossier where application_id = any(?)");
            select.setArray(1, connection.createArrayOf("bigint", applicationIds.toArray()));
            return select;
        }, (ResultSet row) -> {
            List<String> names = new ArrayList<>();
            for (JsonNode name : json.readTree(row.getString(2)).path("avoidExperts")) {
                if (name.isValueNode() && !name.isNull() && StringUtils.hasText(name.asString())) {
                    names.add(name.asString().trim());
                }
            }
            avoid.put(row.getLong(1), List.copyOf(names));
        });
        return avoid;
    }

    /** The working copies of several dossiers in one query, by application id. */
    public Map<Long, DossierForm> forms(Collection<Long> applicationIds) {
        Map<Long, DossierForm> forms = new LinkedHashMap<>();
        dossiers.findAllById(applicationIds).forEach(dossier -> forms.put(dossier.getApplicationId(), read(dossier)));
        return forms;
    }

    /**
     * 形式审查: the office passes or fails a forwarded application. The eligibility check is re-run;
     * an exception request must be decided (granted or refused, with a reason) first. Passing needs
     * every rule met, or only relaxable rules unmet with the exception granted.
     */
    @Transactional
    public void formalReview(long applicationId, boolean pass, String reason, Boolean grantException,
            String exceptionReason, Actor office) {
        Application application = applications.findById(applicationId)
                .orElseThrow(() -> new Refusal("application.missing"));
        if (application.isExceptionRequested()) {
            if (grantException == null || !StringUtils.hasText(exceptionReason)) {
                throw new Refusal("formal.exceptionDecisionRequired");
            }
            if (exceptionReason.trim().length() > EXCEPTION_REASON_MAX) {
                throw new Refusal("form.text.tooLong", EXCEPTION_REASON_MAX);
            }
            application.decideException(grantException, exceptionReason.trim());
            workflow.recordNote(application, office, grantException ? "GRANT_EXCEPTION" : "REFUSE_EXCEPTION",
                    exceptionReason.trim());
        }
        if (pass) {
            EligibilityReport report = check(application);
            boolean excused = "GRANTED".equals(application.getExceptionDecision()) && report.onlyRelaxableUnmet();
            if (!report.allPassed() && !excused) {
                throw new Refusal("formal.notEligible");
            }
            workflow.fire(applicationId, WorkflowEvent.PASS_FORMAL_REVIEW, office, null, TransitionFacts.NONE);
        } else {
            workflow.fire(applicationId, WorkflowEvent.FAIL_FORMAL_REVIEW, office, reason, TransitionFacts.NONE);
        }
    }

    /**
     * The dossier as filed: the last submitted version, or the working copy when there is none yet
     * (a draft, or an application whose submission predates the versions).
     */
    public DossierForm filed(Application application) {
        return versions.findFirstByApplicationIdOrderByNumberDesc(application.getId())
                .map(version -> read(version.getContent())).orElseGet(() -> open(application));
    }

    public List<DossierVersion> versions(long applicationId) {
        return versions.findByApplicationIdOrderByNumberAsc(applicationId);
    }

    public DossierForm version(long applicationId, int number) {
        return versions.findByApplicationIdAndNumber(applicationId, number).map(version -> read(version.getContent()))
                .orElseThrow(NotFound::new);
    }

    /** Field by field, what changed from one version to another. */
    public List<FieldChange> diff(long applicationId, int from, int to) {
        Map<String, String> before = flatten(json.readTree(versionContent(applicationId, from)));
        Map<String, String> after = flatten(json.readTree(versionContent(applicationId, to)));
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String path : paths) {
            if (!path.equals("version") && !Objects.equals(before.get(path), after.get(path))) {
                changes.add(new FieldChange(path, before.get(path), after.get(path)));
            }
        }
        return changes;
    }

    /**
     * What the eligibility check needs, from the dossier, from the person's other applications and from
     * the talent records the system holds.
     */
    ApplicantFacts facts(Application application, DossierForm form) {
        // the person is counted by the keyed hash of the ID number; the number itself only gives the birth date
        String idNumberHash = application.getApplicantIdNumberHash();
        List<WorkPeriod> work = form.getWork().stream().filter(entry -> entry.getStart() != null)
                .map(entry -> new WorkPeriod(entry.getCountry(), entry.getStart(), entry.getEnd(), entry.isFullTime()))
                .toList();
        Set<String> claimed = new LinkedHashSet<>();
        form.getAchievements().stream().map(AchievementEntry::getKind).filter(StringUtils::hasText)
                .forEach(claimed::add);
        int earlier = idNumberHash == null || application.getProgramId() == null ? 0
                : applications.countEarlierAttempts(idNumberHash, application.getProgramId(), application.getId());
        List<ApplicantFacts.OtherApplication> sameYear = idNumberHash == null || application.getBatchYear() == null
                ? List.of()
                : applications.othersInYear(idNumberHash, application.getBatchYear(), application.getId()).stream()
                        .map(other -> new ApplicantFacts.OtherApplication(programs.batch(other.getBatchId())
                                .map(BatchSummary::programName).orElse(""), other.getSerialNo()))
                        .toList();
        // An achievement or a declared condition is proven by an attachment of its kind; without one it is
        // only claimed.
        Set<String> attached = new LinkedHashSet<>();
        attachments.findByApplicationIdOrderByIdAsc(application.getId()).forEach(a -> attached.add(a.getKind()));
        Set<String> proven = new LinkedHashSet<>(claimed);
        proven.retainAll(attached);
        Set<String> unproven = new LinkedHashSet<>(claimed);
        unproven.removeAll(attached);
        List<ApplicantFacts.Achievement> achievements = form.getAchievements().stream()
                .filter(entry -> StringUtils.hasText(entry.getKind()))
                .map(entry -> new ApplicantFacts.Achievement(entry.getKind(), entry.getGrade(), entry.getRank(),
                        attached.contains(entry.getKind())))
                .toList();
        Set<String> onRecord = application.getProgramId() == null ? Set.of()
                : titlesOnRecord.getIfAvailable(() -> TitlesOnRecord.NONE).exclusionsOnRecord(
                        application.getApplicantId(), application.getProgramId(), LocalDate.now(clock));
        return new ApplicantFacts(idNumbers.birthDate(application.getApplicantIdNumberCipher()).orElse(null),
                form.getDegree(), form.getPhdDate(), form.getTitle(), form.getSkill(), work, attached, proven, unproven,
                form.getExclusionsHeld(), earlier, sameYear.size(), achievements, form.getConditionsDeclared(), onRecord,
                sameYear);
    }

    private Application editableBy(long applicationId, Actor actor) {
        Application application = applications.findById(applicationId)
                .filter(candidate -> actor.userId() != null && candidate.getApplicantId() == actor.userId())
                .orElseThrow(() -> new Refusal("application.missing"));
        if (!application.isEditable()) {
            throw new Refusal("dossier.frozen");
        }
        return application;
    }

    private String versionContent(long applicationId, int number) {
        return versions.findByApplicationIdAndNumber(applicationId, number).map(DossierVersion::getContent)
                .orElseThrow(NotFound::new);
    }

    private DossierForm read(Dossier dossier) {
        DossierForm form = read(dossier.getContent());
        form.setVersion(dossier.getVersion());
        return form;
    }

    private DossierForm read(String content) {
        return json.readValue(content, DossierForm.class);
    }

    private String write(DossierForm form) {
        return json.writeValueAsString(form);
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", node, values);
        return values;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> values) {
        if (node.isObject()) {
            node.properties().forEach(entry ->
                    flatten(path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), entry.getValue(), values));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + (i + 1) + "]", node.get(i), values);
            }
        } else if (!node.isNull()) {
            values.put(path, node.asString());
        }
    }
}
