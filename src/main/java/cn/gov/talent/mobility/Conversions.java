package cn.gov.talent.mobility;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.notification.Notifications;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.program.Program;
import cn.gov.talent.program.ProgramCategory;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
import cn.gov.talent.tracking.TalentRecord;
import cn.gov.talent.tracking.TalentRecords;
import cn.gov.talent.tracking.TalentStatus;

/**
 * 转换项目类别 (002 art. 33): the person asks to convert their project from a short-term category of the
 * program to a long-term one; the office approves (the record takes the new category, through
 * {@link TalentRecords#convert}, in the same transaction) or refuses with the reason. Long to short is refused
 * with the article before anything is asked ({@link ConversionRule}). Audited and notified.
 */
@Service
public class Conversions {

    static final Sort LIST_ORDER = Sort.by(Sort.Direction.DESC, "requestedAt").and(Sort.by(Sort.Direction.DESC, "id"));

    private final ConversionRepository conversions;
    private final Transfers transfers;
    private final TalentRecords records;
    private final Programs programs;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    Conversions(ConversionRepository conversions, Transfers transfers, TalentRecords records, Programs programs,
            Accounts accounts, Notifications notifications, AuditTrail audit, Clock clock) {
        this.conversions = conversions;
        this.transfers = transfers;
        this.records = records;
        this.programs = programs;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** The record's category and the other categories of its program, in the program's order. */
    @Transactional(readOnly = true)
    public List<ProgramCategory> categoriesOf(TalentRecord record) {
        return programs.programsWithCategories().stream().filter(program -> program.getId() == record.getProgramId())
                .findFirst().map(Program::getCategories).orElse(List.of());
    }

    /** The person's own record (404 otherwise). */
    @Transactional(readOnly = true)
    public TalentRecord ownRecord(Long recordId, Actor person) {
        return transfers.ownRecord(recordId, person);
    }

    /**
     * The person asks, with the reason: only from a short-term category to a long-term one of the same program
     * (long to short is refused with 002 art. 33), one request at a time, while the record is active. The office
     * is told.
     */
    @Transactional
    public Conversion request(Long recordId, Long toCategoryId, String reason, Actor person) {
        TalentRecord record = ownRecord(recordId, person);
        if (record.getStatus() != TalentStatus.ACTIVE) {
            throw new Refusal("transfer.notActive", record.getStatus());
        }
        if (conversions.existsByTalentRecordIdAndStatus(record.getId(), ConversionStatus.REQUESTED)) {
            throw new Refusal("conversion.alreadyOpen");
        }
        List<ProgramCategory> categories = categoriesOf(record);
        ProgramCategory from = categories.stream().filter(category -> category.getId() == record.getCategoryId())
                .findFirst().orElseThrow(() -> new NotFound("category " + record.getCategoryId()));
        ProgramCategory to = toCategoryId == null ? null : categories.stream()
                .filter(category -> category.getId().equals(toCategoryId) && category.getId() != record.getCategoryId())
                .findFirst().orElse(null);
        List<Refusal.Problem> problems = new ArrayList<>();
        if (to == null) {
            problems.add(new Refusal.Problem("toCategoryId", "conversion.toCategory.required", null));
        } else {
            try {
                ConversionRule.check(from.getTermKind(), to.getTermKind());
            } catch (Refusal refused) {
                problems.addAll(refused.problems());
            }
        }
        String why = null;
        if (!StringUtils.hasText(reason)) {
            problems.add(new Refusal.Problem("reason", "conversion.reason.required", null));
        } else if (reason.strip().length() > Transfers.REASON_MAX) {
            problems.add(new Refusal.Problem("reason", "transfer.text.tooLong", new Object[] {Transfers.REASON_MAX}));
        } else {
            why = reason.strip();
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        Conversion conversion = conversions.saveAndFlush(new Conversion(
                new Transfer.Person(record.getId(), record.getApplicantId(), record.getPersonName(),
                        record.getCertificateNo(), record.getProgramId(), record.getCategoryId()),
                new Transfer.Unit(record.getUnitId(), record.getUnitPath(), record.getEmployerName()), from.getId(),
                from.getName(), to.getId(), to.getName(), why, clock.instant()));
        audit.record(new AuditEntry(person, "CONVERSION", conversion.getId(), conversion.label(), "REQUEST_CONVERSION",
                null, ConversionStatus.REQUESTED.name(), why).withNote("audit.note.converted", from.getName(),
                        to.getName()));
        notifications.send(accounts.userIdsWithRole(Role.OFFICE), "notification.conversion.REQUESTED",
                conversion.label(), "/conversions/" + conversion.getId());
        return conversion;
    }

    /**
     * The office decides: approving converts the record (the categories' kinds are checked again); refusing needs
     * the reason. The person and the employer are told.
     */
    @Transactional
    public ConversionStatus decide(long id, boolean approve, String reason, Actor office) {
        if (!office.has(Role.OFFICE)) {
            throw new Refusal("conversion.officeOnly");
        }
        Conversion conversion = conversions.lockById(id).filter(found -> MobilityScope.allows(office.scope(), found))
                .orElseThrow(() -> new NotFound("conversion " + id));
        if (conversion.getStatus() != ConversionStatus.REQUESTED) {
            throw new Refusal("conversion.decided", conversion.getStatus());
        }
        String why = StringUtils.hasText(reason) ? reason.strip() : null;
        if (why != null && why.length() > Transfers.REASON_MAX) {
            throw Refusal.onField("reason", "transfer.text.tooLong", Transfers.REASON_MAX);
        }
        ConversionStatus to;
        if (approve) {
            ConversionRule.check(programs.category(conversion.getFromCategoryId()).map(ProgramCategory::getTermKind)
                    .orElse(null), programs.category(conversion.getToCategoryId()).map(ProgramCategory::getTermKind)
                    .orElse(null));
            records.convert(conversion.getTalentRecordId(), conversion.getToCategoryId(), office);
            to = ConversionStatus.APPROVED;
        } else {
            if (why == null) {
                throw Refusal.onField("reason", "conversion.refuse.reasonRequired");
            }
            to = ConversionStatus.REFUSED;
        }
        conversion.decided(to, why, office.username(), clock.instant());
        audit.record(new AuditEntry(office, "CONVERSION", conversion.getId(), conversion.label(),
                approve ? "APPROVE_CONVERSION" : "REFUSE_CONVERSION", ConversionStatus.REQUESTED.name(), to.name(), why));
        List<Long> recipients = new ArrayList<>(accounts.userIdsIn(conversion.getUnitId(), Role.EMPLOYER));
        recipients.add(conversion.getApplicantId());
        notifications.send(recipients, "notification.conversion." + to.name(), conversion.label(),
                "/conversions/" + conversion.getId());
        return to;
    }

    @Transactional(readOnly = true)
    public Page<Conversion> search(DataScope scope, ConversionStatus status, Long recordId, Pageable pageable) {
        return conversions.findAll(MobilityScope.conversionsWithin(scope)
                .and(MobilityScope.conversionsMatching(status, recordId)), Paging.of(pageable, LIST_ORDER));
    }

    /** A conversion within the reader's scope; otherwise not found (404). */
    @Transactional(readOnly = true)
    public Conversion visible(long id, DataScope scope) {
        return conversions.findById(id).filter(conversion -> MobilityScope.allows(scope, conversion))
                .orElseThrow(() -> new NotFound("conversion " + id));
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> history(long id) {
        return audit.historyOf("CONVERSION", id);
    }
}
