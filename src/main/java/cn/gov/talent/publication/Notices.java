package cn.gov.talent.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.ApplicationStatus;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.DossierForm;
import cn.gov.talent.application.Dossiers;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.calendar.WorkingCalendar;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.Programs;
import cn.gov.talent.review.Proposals;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.Refusal;

/**
 * 公示: the office starts the public notice of a confirmed proposed list once every consulted
 * department has answered. The period is N working days of the batch (004: 双高 ≥ 5), its end
 * computed with the working-day calendar. The public sees the list without any personal data
 * beyond name, gender, employer, title, category and discipline.
 */
@Service
@Transactional(readOnly = true)
public class Notices {

    /** Who is shown on a notice: those put on it and not removed. */
    static final Set<ApplicationStatus> LISTED = EnumSet.of(ApplicationStatus.IN_NOTICE, ApplicationStatus.APPROVED,
            ApplicationStatus.SELECTED);

    private final PublicNoticeRepository notices;
    private final Applications applications;
    private final Dossiers dossiers;
    private final Proposals proposals;
    private final Programs programs;
    private final WorkingCalendar calendar;
    private final AuditTrail audit;
    private final IdNumberCipher idNumbers;
    private final Clock clock;

    Notices(PublicNoticeRepository notices, Applications applications, Dossiers dossiers, Proposals proposals,
            Programs programs, WorkingCalendar calendar, AuditTrail audit, IdNumberCipher idNumbers, Clock clock) {
        this.idNumbers = idNumbers;
        this.notices = notices;
        this.applications = applications;
        this.dossiers = dossiers;
        this.proposals = proposals;
        this.programs = programs;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<PublicNotice> ofBatch(long batchId) {
        return notices.findByBatchId(batchId);
    }

    /** The batch's notice, locked until the transaction ends (one publication at a time). */
    Optional<PublicNotice> lockOfBatch(long batchId) {
        return notices.lockByBatchId(batchId);
    }

    public PublicNotice notice(long id) {
        return notices.findById(id).orElseThrow();
    }

    public Page<PublicNotice> all(Pageable pageable) {
        return notices.findAllByOrderByStartsOnDesc(pageable);
    }

    /** The notices whose list has been published, the latest publication first. */
    public Page<PublicNotice> published(Pageable pageable) {
        return notices.findByPublishedAtIsNotNullOrderByPublishedAtDesc(pageable);
    }

    /**
     * Where the public notice of each of these batches stands, for those with one (the home page's dashboard): one
     * statement whatever the number of batches.
     */
    public List<NoticeProgress> progressByBatch(Collection<Long> batchIds) {
        if (batchIds.isEmpty()) {
            return List.of();
        }
        return notices.progressByBatch(batchIds, today()).stream()
                .map(row -> new NoticeProgress(number(row[0]), date(row[1]), date(row[2]),
                        Boolean.TRUE.equals(row[3]), number(row[4]), number(row[5]), number(row[6]), number(row[7]),
                        date(row[8]), number(row[9]), date(row[10])))
                .toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A date column of a native query: java.time by default, the JDBC type where configured so. */
    private static LocalDate date(Object value) {
        return value == null ? null
                : value instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The last day of a notice starting on this day, as the office sees it before starting. */
    public LocalDate endFor(long batchId, LocalDate startsOn) {
        return calendar.endOfPeriod(startsOn, programs.noticeWorkingDays(batchId));
    }

    /**
     * The years of a period from {@code startsOn} to {@code endsOn} whose working-day calendar is not
     * maintained, ascending (empty if none): an end computed over them rests on the weekends and the days
     * entered so far only, and the office must check it before starting.
     */
    public List<Integer> unverifiedCalendarYears(LocalDate startsOn, LocalDate endsOn) {
        return calendar.incompleteYears(startsOn, endsOn);
    }

    /**
     * Starts the notice: the list must be confirmed and every department must have answered; the
     * start is today or later; how to object must be said; the batch's notice length keeps to the rules'
     * minimum (002 art. 23, 004 §二(三)5); if the period reaches into a year whose
     * working-day calendar is not maintained, the office must have checked the end date and said so
     * ({@code calendarAcknowledged}), and those years are kept with the notice and in the audit trail.
     * Every proposed application goes IN_NOTICE.
     */
    @Transactional
    public PublicNotice start(long batchId, LocalDate startsOn, String howToObject, boolean calendarAcknowledged,
            Actor actor) {
        if (notices.findByBatchId(batchId).isPresent()) {
            throw new Refusal("notice.alreadyStarted");
        }
        if (!proposals.consultationComplete(batchId)) {
            List<String> awaited = proposals.awaitedDepartments(batchId);
            throw new Refusal("notice.consultationIncomplete", String.join("、", awaited));
        }
        if (startsOn == null || startsOn.isBefore(today())) {
            throw new Refusal("notice.startInPast");
        }
        if (!StringUtils.hasText(howToObject) || howToObject.length() > 2000) {
            throw new Refusal("notice.howToObjectRequired");
        }
        List<Application> proposed = applications.inBatch(batchId, EnumSet.of(ApplicationStatus.PROPOSED));
        if (proposed.isEmpty()) {
            throw new Refusal("notice.nobodyProposed");
        }
        programs.requireNoticeMinimum(batchId);
        int days = programs.noticeWorkingDays(batchId);
        LocalDate endsOn = calendar.endOfPeriod(startsOn, days);
        List<Integer> incomplete = calendar.incompleteYears(startsOn, endsOn);
        String unverified = incomplete.isEmpty() ? null : joinYears(incomplete);
        if (unverified != null && !calendarAcknowledged) {
            throw new Refusal("notice.calendarIncomplete", unverified);
        }
        PublicNotice notice = notices.save(new PublicNotice(batchId, startsOn, endsOn, days, howToObject.trim(),
                actor.username(), Instant.now(clock), unverified));
        for (Application application : proposed) {
            applications.fire(application.getId(), WorkflowEvent.START_NOTICE, actor, null, TransitionFacts.NONE);
        }
        // 004 §二(三)5: the batch is in its public notice now; the stage follows the work
        programs.advanceStage(batchId, BatchStage.NOTICE, actor);
        AuditEntry started = new AuditEntry(actor, "NOTICE", notice.getId(),
                programs.batch(batchId).orElseThrow().title(), "START_NOTICE", null, startsOn + "～" + endsOn, null);
        audit.record(unverified == null ? started.withNote("audit.note.notice", proposed.size(), days)
                : started.withNote("audit.note.notice.unverified", proposed.size(), days, unverified));
        return notice;
    }

    /** A notice held before this system, kept for the record (the demo's earlier year). */
    @Transactional
    PublicNotice recordEarlier(long batchId, LocalDate startsOn, LocalDate endsOn, int workingDays, Actor actor) {
        return notices.save(new PublicNotice(batchId, startsOn, endsOn, workingDays, "——", actor.username(),
                startsOn.atStartOfDay(clock.getZone()).toInstant(), null));
    }

    /** One page of the people on a notice, with only what the public may see. */
    public Page<NoticeEntry> entries(PublicNotice notice, Pageable pageable) {
        return entries(notice, LISTED, pageable);
    }

    Page<NoticeEntry> entries(PublicNotice notice, Set<ApplicationStatus> statuses, Pageable pageable) {
        Page<Application> page = applications.inBatch(notice.getBatchId(), statuses, pageable);
        return new PageImpl<>(toEntries(page.getContent()), pageable,
                page.getTotalElements());
    }

    /** One person as the public sees them (for the objection pages). */
    public NoticeEntry person(long applicationId) {
        return toEntries(List.of(applications.find(applicationId).orElseThrow())).get(0);
    }

    /** Several people by application id, read together (lists of objections, an expert's questions). */
    public Map<Long, NoticeEntry> people(Collection<Long> applicationIds) {
        Map<Long, NoticeEntry> people = new HashMap<>();
        toEntries(applications.findAll(Set.copyOf(applicationIds)))
                .forEach(entry -> people.put(entry.applicationId(), entry));
        return people;
    }

    /** The public fields of these applications, in their order: one query for the dossiers' titles. */
    List<NoticeEntry> toEntries(List<Application> list) {
        Map<Long, DossierForm> forms = dossiers.forms(list.stream().map(Application::getId).toList());
        Map<Long, String> categories = programs.categoryNames();
        Map<String, String> disciplines = new HashMap<>();
        programs.disciplines().forEach(discipline -> disciplines.put(discipline.getCode(), discipline.getName()));
        List<NoticeEntry> entries = new ArrayList<>();
        for (Application application : list) {
            DossierForm form = forms.get(application.getId());
            entries.add(new NoticeEntry(application.getId(), application.getApplicantName(),
                    gender(idNumbers.isMale(application.getApplicantIdNumberCipher())),
                    application.getEmployerName(),
                    form == null ? null : form.getTitleName(), categories.get(application.getCategoryId()),
                    disciplines.get(application.getDisciplineCode()), application.getDisciplineCode()));
        }
        return entries;
    }

    /** Whether the application is one of those listed on the notice (objections are only taken against them). */
    public boolean lists(PublicNotice notice, long applicationId) {
        return applications.find(applicationId).filter(application -> application.getBatchId() == notice.getBatchId()
                && application.getStatus() == ApplicationStatus.IN_NOTICE).isPresent();
    }

    /** Years as the notice keeps and shows them: 2027, or 2027、2028. */
    static String joinYears(List<Integer> years) {
        return String.join("、", years.stream().map(String::valueOf).toList());
    }

    /** The sex the ID number tells ({@link IdNumberCipher#isMale}), for the notice; the number is never listed. */
    static NoticeEntry.Gender gender(Optional<Boolean> male) {
        return male.map(man -> man ? NoticeEntry.Gender.MALE : NoticeEntry.Gender.FEMALE).orElse(null);
    }
}
