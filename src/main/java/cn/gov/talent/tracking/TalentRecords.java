package cn.gov.talent.tracking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.Dossiers;
import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.notification.Notifications;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.organization.Province;
import cn.gov.talent.organization.UnitKind;
import cn.gov.talent.organization.UnitNode;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Discipline;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.LikePattern;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;

/**
 * The talent records: created when a list is published (ADR 0021), found within the reader's data
 * scope, and moved through {@link TalentLifecycle} — every change locked, audited (who, when, from,
 * to, why) and notified to the next actor.
 */
@Service
public class TalentRecords {

    /** The list's order: the newest year first, then by certificate number. */
    static final Sort LIST_ORDER = Sort.by(Sort.Direction.DESC, "year").and(Sort.by("certificateNo"));

    private final TalentRecordRepository records;
    private final TalentReminderRepository reminders;
    private final TalentExitRepository exits;
    private final Programs programs;
    private final Organization organization;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Dossiers dossiers;
    private final IdNumberCipher idNumbers;

    TalentRecords(TalentRecordRepository records, TalentReminderRepository reminders, TalentExitRepository exits,
            Programs programs, Organization organization, Accounts accounts, Notifications notifications,
            AuditTrail audit, Clock clock, ApplicationEventPublisher events, Dossiers dossiers,
            IdNumberCipher idNumbers) {
        this.events = events;
        this.dossiers = dossiers;
        this.idNumbers = idNumbers;
        this.records = records;
        this.reminders = reminders;
        this.exits = exits;
        this.programs = programs;
        this.organization = organization;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- creation, by publication -------------------------------------------------------------

    /** How many certificates a program has issued for a year (the next serial number follows). */
    @Transactional(readOnly = true)
    public long countByProgramAndYear(long programId, int year) {
        return records.countByProgramAndYear(programId, year);
    }

    /**
     * The record of a person on a list being published, with the certificate's number and code and
     * the category's support cycle from the day of publication, and its profile (ADR 0030): gender, birth
     * date and the keyed hash from the application's sealed ID number, the discipline and its group, the
     * title level of the dossier as filed, and the employer's recommending unit, province and region. Written
     * and flushed at once, so a second record of the same application fails on its unique key inside the
     * publishing transaction.
     */
    @Transactional
    public TalentRecord create(Application application, BatchSummary batch, String certificateNo,
            String verificationCode, LocalDate issuedOn) {
        TalentRecord record = new TalentRecord(application.getId(), batch.id(), batch.programId(),
                application.getCategoryId(), batch.year(), application.getApplicantId(),
                application.getApplicantName(), application.getEmployerName(), application.getEmployerUnitId(),
                application.getUnitPath(), certificateNo, verificationCode, issuedOn,
                programs.supportYears(application.getCategoryId()), clock.instant());
        String sealed = application.getApplicantIdNumberCipher();
        record.describePerson(sealed == null ? null : idNumbers.isMale(sealed).map(Gender::of).orElse(null),
                sealed == null ? null : idNumbers.birthDate(sealed).orElse(null), application.getApplicantIdNumberHash());
        String discipline = application.getDisciplineCode();
        String group = discipline == null ? null
                : programs.disciplines(List.of(discipline)).stream().findFirst().map(Discipline::getGroupName)
                        .orElse(null);
        record.describeField(discipline, group, dossiers.filed(application).getTitle());
        organization.unit(application.getEmployerUnitId()).ifPresent(unit -> place(record, unit));
        return records.saveAndFlush(record);
    }

    /** The employer's place on the record: the recommending unit above it, its province and region. */
    private void place(TalentRecord record, UnitNode employer) {
        Optional<UnitNode> recommender = organization.recommendingUnitOf(employer.id());
        Optional<Province> province = organization.province(employer.provinceCode());
        record.place(recommender.map(UnitNode::id).orElse(null), recommender.map(UnitNode::name).orElse(null),
                employer.provinceCode(), province.map(Province::region).orElse(null));
    }

    // ---- reading --------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<TalentRecord> published(long batchId, Pageable pageable) {
        return records.findByBatchId(batchId, pageable);
    }

    /** A batch's records whose name or certificate number starts with the prefix. */
    @Transactional(readOnly = true)
    public Page<TalentRecord> published(long batchId, String prefix, Pageable pageable) {
        if (prefix == null || prefix.isBlank()) {
            return records.findByBatchId(batchId, pageable);
        }
        return records.searchInBatch(batchId, LikePattern.startingWith(prefix), pageable);
    }

    @Transactional(readOnly = true)
    public List<TalentRecord> recordsOf(long applicantId) {
        return records.findByApplicantIdOrderByYearDesc(applicantId);
    }

    @Transactional(readOnly = true)
    public Optional<TalentRecord> find(long id) {
        return records.findById(id);
    }

    /** Records by id, in one query (for a page's rows). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, TalentRecord> byIds(java.util.Collection<Long> ids) {
        java.util.Map<Long, TalentRecord> found = new java.util.HashMap<>();
        records.findAllById(ids).forEach(record -> found.put(record.getId(), record));
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<TalentRecord> byCertificate(String certificateNo) {
        return certificateNo == null || certificateNo.isBlank() ? Optional.empty()
                : records.findByCertificateNo(certificateNo.trim().toUpperCase(Locale.ROOT));
    }

    @Transactional(readOnly = true)
    public List<TalentRecord> all(long batchId) {
        return records.findByBatchIdOrderByCertificateNo(batchId);
    }

    /**
     * The records the reader may see, filtered and paged in SQL (the 人选信息库), in the order the filter
     * chose among the whitelisted columns, else the newest year first.
     */
    @Transactional(readOnly = true)
    public Page<TalentRecord> search(DataScope scope, TalentFilter filter, Pageable pageable) {
        return records.findAll(TalentScope.within(scope).and(TalentScope.matching(filter, scope, today())),
                Paging.of(pageable, filter.sort()));
    }

    /**
     * The records the reader may see, filtered and further narrowed by another module's condition on the
     * record (funding lists the records whose category has a support plan and that have no amount yet),
     * paged in SQL in one query.
     */
    @Transactional(readOnly = true)
    public Page<TalentRecord> search(DataScope scope, TalentFilter filter, Specification<TalentRecord> narrowing,
            Pageable pageable) {
        return records.findAll(TalentScope.within(scope).and(TalentScope.matching(filter, scope, today()))
                .and(narrowing), Paging.of(pageable, filter.sort()));
    }

    /** A recommending unit the records of a scope name, for the database's choice of recommending unit. */
    public record UnitChoice(long id, String name) {
    }

    /**
     * The recommending units named on the records of the reader's subtree (all for the office and the
     * supervisor), by name: one grouped query on the records, so the choice holds only units with people.
     */
    @Transactional(readOnly = true)
    public List<UnitChoice> recommendersIn(DataScope scope) {
        String within = switch (scope.kind()) {
            case ALL -> "%";
            case SUBTREE -> LikePattern.startingWith(scope.unitPath());
            default -> null;
        };
        return within == null ? List.of() : records.recommendersWithin(within).stream()
                .map(row -> new UnitChoice(((Number) row[0]).longValue(), (String) row[1])).toList();
    }

    /** The keyed hash of a typed ID number (never stored or shown): the database's exact look-up by number. */
    public String idHashOf(String typedIdNumber) {
        return idNumbers.hash(typedIdNumber);
    }

    /** A record within the reader's scope; otherwise not found (404, whether it exists or not). */
    @Transactional(readOnly = true)
    public TalentRecord visible(long id, DataScope scope) {
        return records.findById(id).filter(record -> TalentScope.allows(scope, record))
                .orElseThrow(() -> new NotFound("talent record " + id));
    }

    /** A record within the reader's scope for the export of its 考绩档案, which is audited (personal data leaves). */
    @Transactional
    public TalentRecord exportFile(long id, Actor reader) {
        TalentRecord record = visible(id, reader.scope());
        audit.record(AuditEntry.of(reader, "TALENT", record.getId(), label(record), "EXPORT_TALENT_FILE"));
        return record;
    }

    /** Active records whose cycle ends within the final assessment's window, in scope. */
    @Transactional(readOnly = true)
    public Page<TalentRecord> dueForFinalAssessment(DataScope scope, Pageable pageable) {
        LocalDate by = today().plusMonths(SupportCycle.FINAL_ASSESSMENT_MONTHS_BEFORE);
        return records.findAll(TalentScope.within(scope).and(TalentScope.endingBy(by)),
                Paging.of(pageable, Sort.by("cycleEnd").and(Sort.by("certificateNo"))));
    }

    @Transactional(readOnly = true)
    public long countDueForFinalAssessment(DataScope scope) {
        LocalDate by = today().plusMonths(SupportCycle.FINAL_ASSESSMENT_MONTHS_BEFORE);
        return records.count(TalentScope.within(scope).and(TalentScope.endingBy(by)));
    }

    /** The office's counts in one statement: exits forwarded, withdrawals requested, final assessments due, reports to file. */
    @Transactional(readOnly = true)
    public long[] officeWork() {
        Object[] row = records.officeWork(today().plusMonths(SupportCycle.FINAL_ASSESSMENT_MONTHS_BEFORE)).get(0);
        long[] counts = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            counts[i] = ((Number) row[i]).longValue();
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public long count(DataScope scope, TalentStatus status) {
        TalentFilter filter = new TalentFilter();
        filter.setStatus(status);
        return records.count(TalentScope.within(scope).and(TalentScope.matching(filter, scope, today())));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- the state machine ----------------------------------------------------------------------

    /** The events the reader could cause on this record now (for the page's buttons; guards decide on posting). */
    public List<TalentEvent> eventsFor(TalentRecord record, Actor actor) {
        return new ArrayList<>(TalentLifecycle.eventsFor(record.getStatus(), actor.roles()));
    }

    /**
     * Moves a record, already locked in the reader's scope ({@link #locked}), through the lifecycle:
     * decides the transition from the table with the guards' facts ({@code proposing} is the exit kind
     * being proposed, if any; refused with the reason otherwise), changes the state, audits and notifies
     * the next actor. Returns the record.
     */
    @Transactional
    TalentRecord fire(TalentRecord record, TalentEvent event, Actor actor, String reason, ExitKind proposing) {
        TalentStatus from = record.getStatus();
        TalentLifecycle.Transition row = TalentLifecycle.decide(from, event, actor, reason, facts(record, proposing));
        record.changeStatus(row.to(), today());
        audit.record(new AuditEntry(actor, "TALENT", record.getId(), label(record), event.name(), from.name(),
                row.to().name(), reason));
        notifyNext(record, row.to(), event);
        events.publishEvent(new TalentStatusChanged(record.getId(), from, row.to(), clock.instant()));
        return record;
    }

    // ---- moves and conversions (mobility, 002 arts. 32–33) -----------------------------------------

    /**
     * 工作单位转换 (002 art. 32), once approved: moves the record to the new employer under its row lock, with
     * its data scope (the unit and its path) and the employer's name, so the old employer no longer sees it and
     * the new one does; its reports, outputs, reminders and exits follow it, being the record's. Audited and
     * published as {@link TalentTransferred} in the caller's transaction, for what else follows the person
     * (the unpaid tranches). Refused for a record no longer active or a unit that is not an active employer.
     */
    @Transactional
    public TalentTransferred transfer(long recordId, long newUnitId, Actor actor) {
        TalentRecord record = locked(recordId, actor);
        if (record.getStatus() != TalentStatus.ACTIVE) {
            throw new Refusal("talent.transfer.notActive", record.getStatus());
        }
        var unit = organization.unit(newUnitId)
                .filter(found -> found.kind() == UnitKind.EMPLOYER && found.active())
                .orElseThrow(() -> new Refusal("talent.transfer.notAnEmployer"));
        if (unit.id() == record.getUnitId()) {
            throw new Refusal("talent.transfer.sameEmployer");
        }
        long fromUnitId = record.getUnitId();
        String fromName = record.getEmployerName();
        record.moveTo(unit.id(), unit.path(), unit.name());
        place(record, unit);
        audit.record(new AuditEntry(actor, "TALENT", record.getId(), label(record), "TRANSFER", null, null, null)
                .withNote("audit.note.talentTransferred", fromName, unit.name()));
        TalentTransferred moved = new TalentTransferred(record.getId(), fromUnitId, unit.id(), unit.path(), unit.name(),
                clock.instant());
        events.publishEvent(moved);
        return moved;
    }

    /**
     * 转换项目类别 (002 art. 33), once approved: the record takes the other category of its program, under its
     * row lock; audited and published as {@link TalentCategoryChanged}. The cycle stays as it is.
     */
    @Transactional
    public TalentCategoryChanged convert(long recordId, long toCategoryId, Actor actor) {
        TalentRecord record = locked(recordId, actor);
        if (record.getStatus() != TalentStatus.ACTIVE) {
            throw new Refusal("talent.transfer.notActive", record.getStatus());
        }
        var category = programs.category(toCategoryId)
                .filter(found -> found.getProgram().getId() == record.getProgramId())
                .orElseThrow(() -> new Refusal("talent.convert.otherProgram"));
        long fromCategoryId = record.getCategoryId();
        if (fromCategoryId == toCategoryId) {
            throw new Refusal("talent.convert.sameCategory");
        }
        String fromName = programs.categoryNames().getOrDefault(fromCategoryId, "");
        record.convertTo(toCategoryId);
        audit.record(new AuditEntry(actor, "TALENT", record.getId(), label(record), "CONVERT_CATEGORY", null, null,
                null).withNote("audit.note.converted", fromName, category.getName()));
        TalentCategoryChanged changed = new TalentCategoryChanged(record.getId(), fromCategoryId, toCategoryId,
                clock.instant());
        events.publishEvent(changed);
        return changed;
    }

    /** The record locked for a change (a transition, a reminder, a report), in the actor's scope; 404 outside it. */
    @Transactional
    TalentRecord locked(long id, Actor actor) {
        return records.lockById(id).filter(found -> TalentScope.allows(actor.scope(), found))
                .orElseThrow(() -> new NotFound("talent record " + id));
    }

    /** The facts the lifecycle's guards look at, for this record and an exit kind being proposed or pending. */
    private TalentLifecycle.Facts facts(TalentRecord record, ExitKind proposing) {
        ExitKind kind = proposing != null ? proposing
                : exits.findFirstByTalentRecordIdAndDecidedAtIsNullOrderByIdDesc(record.getId())
                        .map(TalentExit::getKind).orElse(null);
        return new TalentLifecycle.Facts(kind, (int) reminders.countByTalentRecordId(record.getId()),
                record.cycle().endingBy(today()));
    }

    static String label(TalentRecord record) {
        return record.getPersonName() + " " + record.getCertificateNo();
    }

    /** Who acts next, by the state reached: the office, the recommending unit, or the person and employer. */
    void notifyNext(TalentRecord record, TalentStatus to, TalentEvent event) {
        List<Long> recipients = new ArrayList<>();
        switch (to) {
            case WITHDRAWAL_REQUESTED, EXIT_FORWARDED -> recipients.addAll(accounts.userIdsWithRole(Role.OFFICE));
            case EXIT_PROPOSED -> organization.recommendingUnitOf(record.getUnitId())
                    .ifPresent(unit -> recipients.addAll(accounts.userIdsIn(unit.id(), Role.RECOMMENDER)));
            default -> {
                recipients.add(record.getApplicantId());
                recipients.addAll(accounts.userIdsIn(record.getUnitId(), Role.EMPLOYER));
            }
        }
        notifications.send(recipients, "notification.talent." + event.name(), label(record),
                "/talents/" + record.getId());
    }

    Instant now() {
        return clock.instant();
    }
}
