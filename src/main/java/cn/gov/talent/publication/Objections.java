package cn.gov.talent.publication;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.Attachments;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.notification.MailOutbox;
import cn.gov.talent.notification.Notifications;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.review.ExpertPool;
import cn.gov.talent.review.RoundQueries;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;

/**
 * 异议处理 (002 art. 23, 004 §二(三)5): anyone may object during the notice, by name or
 * anonymously (anonymous objections must give specific leads); the office triages, assigns the
 * investigation to the nominee's recommending unit, may ask the application's experts an academic
 * question, and, for a question of the conditions of eligibility, the office or the investigating unit
 * asks the applicant's employer for a written explanation with proof from an independent third party;
 * the office decides: unfounded (不属实) or upheld (the person is removed, with the reason).
 */
@Service
@Transactional(readOnly = true)
public class Objections {

    static final int CONTENT_MIN = 10;
    static final int CONTENT_MAX = 5000;
    static final int LEADS_MIN = 20;
    static final int FILINGS_PER_HOUR = 5;
    static final int FILES_MAX = 5;
    /** The office's note when taking an objection up or dismissing it (objection.triage_reason). */
    static final int TRIAGE_REASON_MAX = 1000;
    /** The reason of the office's decision (objection.decision_reason). */
    static final int DECISION_REASON_MAX = 2000;
    /** What the employer is asked to explain (objection_explanation.matter). */
    static final int MATTER_MAX = 2000;
    /** Who issued the employer's proofs, as the employer names them (objection_explanation.proof_issuer). */
    static final int ISSUER_MAX = 200;
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final char[] RECEIPT_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private final ObjectionRepository objections;
    private final ObjectionFileRepository files;
    private final ExpertOpinionRepository opinions;
    private final ObjectionExplanationRepository explanations;
    private final Notices notices;
    private final Applications applications;
    private final Attachments attachments;
    private final Organization organization;
    private final Accounts accounts;
    private final ExpertPool experts;
    private final RoundQueries rounds;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final MailOutbox mail;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Objections(ObjectionRepository objections, ObjectionFileRepository files, ExpertOpinionRepository opinions,
            ObjectionExplanationRepository explanations, Notices notices, Applications applications,
            Attachments attachments, Organization organization, Accounts accounts, ExpertPool experts, RoundQueries rounds, Notifications notifications,
            AuditTrail audit, MailOutbox mail, Clock clock) {
        this.mail = mail;
        this.objections = objections;
        this.files = files;
        this.opinions = opinions;
        this.explanations = explanations;
        this.notices = notices;
        this.applications = applications;
        this.attachments = attachments;
        this.organization = organization;
        this.accounts = accounts;
        this.experts = experts;
        this.rounds = rounds;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Files an objection and returns its receipt code. Refused, with the reason, after the period,
     * against someone not on the list, from an address that filed too often in the last hour,
     * when the honeypot is filled in, or when the form is incomplete.
     */
    @Transactional
    public String file(long noticeId, ObjectionForm form, List<MultipartFile> uploads, String clientAddress) {
        PublicNotice notice = notices.notice(noticeId);
        LocalDate today = notices.today();
        if (!notice.isOpenOn(today)) {
            throw new Refusal(today.isBefore(notice.getStartsOn()) ? "objection.refused.notYet"
                    : "objection.refused.periodOver", notice.getStartsOn(), notice.getEndsOn());
        }
        if (StringUtils.hasText(form.getWebsite())) {
            throw new Refusal("objection.refused.automated");
        }
        Instant now = Instant.now(clock);
        if (clientAddress != null && objections.countByClientAddressAndFiledAtAfter(clientAddress,
                now.minus(Duration.ofHours(1))) >= FILINGS_PER_HOUR) {
            throw new Refusal("objection.refused.tooOften", FILINGS_PER_HOUR);
        }
        check(notice, form, uploads);
        String receipt = receiptCode();
        String language = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "zh-CN";
        Objection objection = objections.save(new Objection(noticeId, form.getApplicationId(), receipt,
                form.isAnonymous(), form.isAnonymous() ? null : form.getName().trim(),
                form.isAnonymous() ? null : form.getContact().trim(), form.getContent().trim(),
                StringUtils.hasText(form.getLeads()) ? form.getLeads().trim() : null, clientAddress, now, language));
        for (MultipartFile upload : nonEmpty(uploads)) {
            keep(objection.getId(), ObjectionFile.Source.FILER, upload);
        }
        audit.record(new AuditEntry(Actor.system("public"), "OBJECTION", objection.getId(), receipt, "FILE_OBJECTION",
                null, ObjectionStatus.RECEIVED.name(), null)
                .withNote(form.isAnonymous() ? "audit.note.objection.anonymous" : "audit.note.objection.realName"));
        notifications.send(accounts.userIdsWithRole(Role.OFFICE), "notification.objection.filed", receipt,
                "/publication/objections/" + objection.getId());
        mailFiler(objection, "mail.objection.received");
        return receipt;
    }

    /** What the filer may see with the receipt code: the status and dates, nobody's personal data. */
    public Optional<Objection> byReceipt(String receiptCode) {
        return receiptCode == null ? Optional.empty()
                : objections.findByReceiptCode(receiptCode.trim().toUpperCase(Locale.ROOT));
    }

    /** The application each objection concerns, by objection id: one query. */
    public Map<Long, Long> applicationsOf(Collection<Long> objectionIds) {
        Map<Long, Long> applications = new HashMap<>();
        objections.findAllById(objectionIds).forEach(o -> applications.put(o.getId(), o.getApplicationId()));
        return applications;
    }

    public Objection objection(long id) {
        return objections.findById(id).orElseThrow();
    }

    public Page<Objection> ofNotice(long noticeId, ObjectionStatus status, Pageable pageable) {
        return objections.search(noticeId, status, pageable);
    }

    public Page<Objection> assignedTo(long unitId, Pageable pageable) {
        return objections.findByAssignedUnitId(unitId, pageable);
    }

    public List<ObjectionFile> files(long objectionId) {
        return files.findByObjectionIdOrderByIdAsc(objectionId);
    }

    public ObjectionFile file(long objectionId, long fileId) {
        return files.findById(fileId).filter(file -> file.getObjectionId() == objectionId).orElseThrow();
    }

    public List<ExpertOpinion> opinions(long objectionId) {
        return opinions.findByObjectionIdOrderByIdAsc(objectionId);
    }

    /** The applications of a notice held back by an objection still open. */
    public List<Long> applicationsWithOpenObjection(long noticeId) {
        return objections.applicationsWithOpenObjection(noticeId);
    }

    /** Triage: dismiss with a reason (e.g. anonymous without leads), or send to the nominee's recommending unit. */
    @Transactional
    public void triage(long objectionId, boolean investigate, String reason, LocalDate dueOn, Actor office) {
        Objection objection = inStatus(objectionId, ObjectionStatus.RECEIVED);
        if (reason != null && reason.trim().length() > TRIAGE_REASON_MAX) {
            throw Refusal.onField("reason", "form.text.tooLong", TRIAGE_REASON_MAX);
        }
        if (!investigate) {
            // 002 art. 23, 004 §二(三)5: a real-name objection is always investigated; an anonymous one (filed only
            // with leads) may be left uninvestigated when the office finds its leads not specific, and says why
            if (!objection.isAnonymous()) {
                throw new Refusal("objection.mustInvestigate");
            }
            if (!StringUtils.hasText(reason)) {
                throw new Refusal("objection.reasonRequired");
            }
            objection.dismiss(reason.trim());
            record(office, objection, "DISMISS_OBJECTION", ObjectionStatus.RECEIVED, reason.trim());
            return;
        }
        if (dueOn == null || dueOn.isBefore(notices.today())) {
            throw new Refusal("objection.dueRequired");
        }
        Application application = applications.find(objection.getApplicationId()).orElseThrow();
        long unitId = organization.recommendingUnitOf(application.getEmployerUnitId()).orElseThrow().id();
        objection.assign(unitId, dueOn, StringUtils.hasText(reason) ? reason.trim() : null);
        audit.record(new AuditEntry(office, "OBJECTION", objection.getId(), objection.getReceiptCode(),
                "ASSIGN_INVESTIGATION", ObjectionStatus.RECEIVED.name(), objection.getStatus().name(), null)
                .withNote("audit.note.objection.due", dueOn));
        // the unit (like the experts) knows the objection by its number: the receipt code is the filer's key
        notifications.send(accounts.userIdsIn(unitId, Role.RECOMMENDER), "notification.objection.assigned",
                String.valueOf(objection.getId()), "/publication/investigations/" + objection.getId());
    }

    /** The recommending unit's written findings, with files; only its own investigations. */
    @Transactional
    public void fileFindings(long objectionId, String findings, List<MultipartFile> uploads, Actor unit) {
        Objection objection = assignedTo(objectionId, unit);
        if (objection.getStatus() != ObjectionStatus.INVESTIGATING) {
            throw new Refusal("objection.notInvestigating");
        }
        if (!StringUtils.hasText(findings) || findings.length() > CONTENT_MAX) {
            throw new Refusal("objection.findingsRequired", CONTENT_MAX);
        }
        for (MultipartFile upload : nonEmpty(uploads)) {
            keep(objectionId, ObjectionFile.Source.UNIT, upload);
        }
        objection.fileFindings(findings.trim(), unit.username(), Instant.now(clock));
        record(unit, objection, "FILE_FINDINGS", ObjectionStatus.INVESTIGATING, null);
        notifications.send(accounts.userIdsWithRole(Role.OFFICE), "notification.objection.findings",
                objection.getReceiptCode(), "/publication/objections/" + objectionId);
    }

    /** An investigation of the unit, or 404 for anyone else's. */
    public Objection assignedTo(long objectionId, Actor unit) {
        return objections.findById(objectionId)
                .filter(objection -> objection.getAssignedUnitId() != null && objection.getAssignedUnitId() == unit.unitId())
                .orElseThrow();
    }

    /** Sends an academic question to every expert who reviewed the application. */
    @Transactional
    public int askExperts(long objectionId, String question, Actor office) {
        Objection objection = objection(objectionId);
        if (!objection.getStatus().isOpen() || objection.getStatus() == ObjectionStatus.RECEIVED) {
            throw new Refusal("objection.notInvestigating");
        }
        if (!StringUtils.hasText(question) || question.length() > 2000) {
            throw new Refusal("objection.questionRequired");
        }
        List<Long> reviewers = new ArrayList<>(rounds.reviewersOf(objection.getApplicationId()));
        opinions.findByObjectionIdOrderByIdAsc(objectionId).forEach(asked -> reviewers.remove(asked.getExpertId()));
        if (reviewers.isEmpty()) {
            throw new Refusal("objection.noExpertsToAsk");
        }
        Instant now = Instant.now(clock);
        reviewers.forEach(expertId -> opinions.save(new ExpertOpinion(objectionId, expertId, question.trim(), now)));
        record(office, objection, "ASK_EXPERTS", objection.getStatus(), question.trim());
        notifications.send(experts.userIdsOf(reviewers), "notification.objection.question",
                String.valueOf(objection.getId()), "/publication/questions");
        return reviewers.size();
    }

    /** The questions put to the expert behind this user. */
    public List<ExpertOpinion> questionsFor(long userId) {
        return experts.expertIdOf(userId).map(opinions::findByExpertIdOrderByAskedAtDesc).orElse(List.of());
    }

    @Transactional
    public void answer(long opinionId, String answer, Actor expert) {
        long expertId = experts.expertIdOf(expert.userId()).orElseThrow();
        ExpertOpinion opinion = opinions.findById(opinionId).filter(candidate -> candidate.getExpertId() == expertId)
                .orElseThrow();
        if (!StringUtils.hasText(answer) || answer.length() > 4000) {
            throw new Refusal("objection.answerRequired");
        }
        opinion.answer(answer.trim(), Instant.now(clock));
        Objection objection = objection(opinion.getObjectionId());
        record(expert, objection, "ANSWER_QUESTION", objection.getStatus(), null);
        notifications.send(accounts.userIdsWithRole(Role.OFFICE), "notification.objection.answered",
                objection.getReceiptCode(), "/publication/objections/" + objection.getId());
    }

    /**
     * 涉及申报资格条件 (002 art. 23): the office classes an objection under investigation as one concerning
     * the conditions of eligibility and asks the applicant's employer (申报单位) for a written explanation with
     * proof from an independent third party, by a due date. One request waits at a time; once answered, the
     * office may ask again.
     */
    @Transactional
    public ObjectionExplanation askEmployer(long objectionId, String matter, LocalDate dueOn, Actor office) {
        Objection objection = locked(objectionId);
        if (!objection.getStatus().isOpen() || objection.getStatus() == ObjectionStatus.RECEIVED) {
            throw new Refusal("objection.notInvestigating");
        }
        return askEmployer(objection, ObjectionExplanation.AskedBy.OFFICE, matter, dueOn, office);
    }

    /** The same, asked by the investigating unit while it investigates; only its own investigations (else 404). */
    @Transactional
    public ObjectionExplanation askEmployerAsInvestigatingUnit(long objectionId, String matter, LocalDate dueOn,
            Actor unit) {
        objections.lockById(objectionId);
        Objection objection = assignedTo(objectionId, unit);
        if (objection.getStatus() != ObjectionStatus.INVESTIGATING) {
            throw new Refusal("objection.notInvestigating");
        }
        return askEmployer(objection, ObjectionExplanation.AskedBy.UNIT, matter, dueOn, unit);
    }

    private ObjectionExplanation askEmployer(Objection objection, ObjectionExplanation.AskedBy by, String matter,
            LocalDate dueOn, Actor actor) {
        List<Refusal.Problem> problems = new ArrayList<>();
        if (!StringUtils.hasText(matter) || matter.trim().length() > MATTER_MAX) {
            problems.add(new Refusal.Problem("matter", "objection.explanation.matterRequired",
                    new Object[] {MATTER_MAX}));
        }
        if (dueOn == null || dueOn.isBefore(notices.today())) {
            problems.add(new Refusal.Problem("dueOn", "objection.dueRequired", new Object[0]));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        if (explanations.existsByObjectionIdAndExplainedAtIsNull(objection.getId())) {
            throw new Refusal("objection.explanation.pending");
        }
        long employerUnitId = applications.find(objection.getApplicationId()).orElseThrow().getEmployerUnitId();
        ObjectionExplanation asked = explanations.save(new ObjectionExplanation(objection.getId(), employerUnitId, by,
                matter.trim(), dueOn, actor.username(), Instant.now(clock)));
        audit.record(new AuditEntry(actor, "OBJECTION", objection.getId(), objection.getReceiptCode(),
                "REQUEST_EXPLANATION", objection.getStatus().name(), objection.getStatus().name(), matter.trim())
                .withNote("audit.note.objection.explanationDue", dueOn));
        // the employer knows the objection by its number, never who filed it or what the filer wrote
        notifications.send(accounts.userIdsIn(employerUnitId, Role.EMPLOYER),
                "notification.objection.explanationRequested", String.valueOf(objection.getId()),
                "/publication/explanations/" + asked.getId());
        if (by == ObjectionExplanation.AskedBy.UNIT) {
            notifications.send(accounts.userIdsWithRole(Role.OFFICE),
                    "notification.objection.explanationRequestedByUnit", objection.getReceiptCode(), "/publication/objections/" + objection.getId());
        }
        return asked;
    }

    /**
     * The employer's written explanation with proof from an independent third party: at least one file,
     * each checked like every upload (type by content, size limit), and who issued them. Only the
     * employer's own requests (else 404), once, while the objection is open.
     */
    @Transactional
    public void explain(long explanationId, String explanation, String proofIssuer, List<MultipartFile> proofs,
            Actor employer) {
        ObjectionExplanation asked = explanationFor(explanationId, employer);
        Objection objection = locked(asked.getObjectionId());
        if (asked.isExplained()) {
            throw new Refusal("objection.explanation.alreadyFiled");
        }
        if (!objection.getStatus().isOpen()) {
            throw new Refusal("objection.explanation.closed");
        }
        List<Refusal.Problem> problems = new ArrayList<>();
        if (!StringUtils.hasText(explanation) || explanation.trim().length() > CONTENT_MAX) {
            problems.add(new Refusal.Problem("explanation", "objection.explanation.required",
                    new Object[] {CONTENT_MAX}));
        }
        if (!StringUtils.hasText(proofIssuer) || proofIssuer.trim().length() > ISSUER_MAX) {
            problems.add(new Refusal.Problem("proofIssuer", "objection.explanation.issuerRequired",
                    new Object[] {ISSUER_MAX}));
        }
        List<MultipartFile> given = nonEmpty(proofs);
        if (given.isEmpty()) {
            problems.add(new Refusal.Problem("files", "objection.explanation.proofRequired", new Object[0]));
        } else if (given.size() > FILES_MAX) {
            problems.add(new Refusal.Problem("files", "objection.files.tooMany", new Object[] {FILES_MAX}));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        for (MultipartFile upload : given) {
            try {
                files.save(ObjectionFile.proof(objection.getId(), explanationId, attachments.store(upload),
                        clock.instant()));
            } catch (Refusal refused) {
                throw Refusal.onField("files", refused.messageKey(), refused.arguments());
            }
        }
        asked.explain(explanation.trim(), proofIssuer.trim(), employer.username(), Instant.now(clock));
        audit.record(new AuditEntry(employer, "OBJECTION", objection.getId(), objection.getReceiptCode(),
                "FILE_EXPLANATION", objection.getStatus().name(), objection.getStatus().name(), null)
                .withNote("audit.note.objection.proofs", given.size(), proofIssuer.trim()));
        notifications.send(accounts.userIdsWithRole(Role.OFFICE), "notification.objection.explained",
                objection.getReceiptCode(), "/publication/objections/" + objection.getId());
        if (objection.getAssignedUnitId() != null) {
            notifications.send(accounts.userIdsIn(objection.getAssignedUnitId(), Role.RECOMMENDER),
                    "notification.objection.explainedToUnit", String.valueOf(objection.getId()),
                    "/publication/investigations/" + objection.getId());
        }
    }

    /** The explanations asked on an objection, in order, each with or without its answer. */
    public List<ObjectionExplanation> explanations(long objectionId) {
        return explanations.findByObjectionIdOrderByIdAsc(objectionId);
    }

    /** What the employer's unit was asked to explain, or 404 for another unit's. */
    public ObjectionExplanation explanationFor(long explanationId, Actor employer) {
        return explanations.findById(explanationId)
                .filter(asked -> asked.getEmployerUnitId() == employer.unitId()).orElseThrow();
    }

    /** The requests put to an employer's unit. */
    public Page<ObjectionExplanation> explanationsFor(long employerUnitId, Pageable pageable) {
        return explanations.findByEmployerUnitId(employerUnitId, pageable);
    }

    /** A proof the employer filed with this explanation (its own only: the caller checked the explanation). */
    public ObjectionFile proof(ObjectionExplanation explanation, long fileId) {
        return files.findById(fileId).filter(file -> file.getSource() == ObjectionFile.Source.EMPLOYER
                && explanation.getId().equals(file.getExplanationId())).orElseThrow();
    }

    /**
     * The office's decision on an investigated objection: unfounded, or upheld, which removes the
     * person from the list (UPHOLD_OBJECTION, with the reason). Decided on what was found: the unit's
     * written findings or the experts' answers; and when the objection concerns the conditions of
     * eligibility (the employer was asked), only once every explanation, with its proof, is on file.
     */
    @Transactional
    public void decide(long objectionId, boolean upheld, String reason, Actor office) {
        Objection objection = locked(objectionId);
        ObjectionStatus before = objection.getStatus();
        if (before != ObjectionStatus.INVESTIGATING && before != ObjectionStatus.FINDINGS_FILED) {
            throw new Refusal("objection.notInvestigating");
        }
        // decided on what was found: the unit's written findings, or for an academic question the experts' answers
        boolean expertsAnswered = opinions.findByObjectionIdOrderByIdAsc(objectionId).stream()
                .anyMatch(opinion -> opinion.getAnsweredAt() != null);
        if (before != ObjectionStatus.FINDINGS_FILED && !expertsAnswered) {
            throw new Refusal("objection.findingsFirst");
        }
        // 002 art. 23: a question of eligibility is explained by the employer with third-party proof
        List<ObjectionExplanation> asked = explanations.findByObjectionIdOrderByIdAsc(objectionId);
        if (asked.stream().anyMatch(explanation -> !explanation.isExplained())) {
            throw new Refusal("objection.explanationFirst");
        }
        if (!StringUtils.hasText(reason)) {
            throw new Refusal("objection.reasonRequired");
        }
        if (reason.trim().length() > DECISION_REASON_MAX) {
            throw Refusal.onField("reason", "form.text.tooLong", DECISION_REASON_MAX);
        }
        objection.decide(upheld, reason.trim(), office.username(), Instant.now(clock));
        record(office, objection, upheld ? "UPHOLD_OBJECTION" : "FIND_UNFOUNDED", before, reason.trim());
        if (upheld) {
            applications.fire(objection.getApplicationId(), WorkflowEvent.UPHOLD_OBJECTION, office, reason.trim(),
                    TransitionFacts.NONE);
        }
        if (objection.getAssignedUnitId() != null) {
            notifications.send(accounts.userIdsIn(objection.getAssignedUnitId(), Role.RECOMMENDER),
                    "notification.objection.decided." + objection.getStatus().name(), String.valueOf(objectionId),
                    "/publication/investigations/" + objectionId);
        }
        if (!asked.isEmpty()) {
            ObjectionExplanation last = asked.get(asked.size() - 1);
            notifications.send(accounts.userIdsIn(last.getEmployerUnitId(), Role.EMPLOYER),
                    "notification.objection.decided." + objection.getStatus().name(), String.valueOf(objectionId),
                    "/publication/explanations/" + last.getId());
        }
        mailFiler(objection, "mail.objection.decided." + objection.getStatus().name());
    }

    /**
     * A real-name filer who gave an e-mail address as their contact is told by mail, in the language they
     * filed in: the receipt, then the decision. The mail names the receipt code and links to the status
     * page, which shows nobody's personal data.
     */
    private void mailFiler(Objection objection, String messageKey) {
        String contact = objection.getFilerContact();
        if (objection.isAnonymous() || contact == null || !EMAIL.matcher(contact.strip()).matches()) {
            return;
        }
        mail.sendTo(contact.strip(), Locale.forLanguageTag(objection.getFilerLanguage() == null ? "zh-CN"
                : objection.getFilerLanguage()), messageKey, objection.getReceiptCode(),
                "/public/objections/status?code=" + objection.getReceiptCode());
    }

    private void check(PublicNotice notice, ObjectionForm form, List<MultipartFile> uploads) {
        List<Refusal.Problem> problems = new ArrayList<>();
        if (form.getApplicationId() == null || !notices.lists(notice, form.getApplicationId())) {
            problems.add(new Refusal.Problem("applicationId", "objection.person.required", new Object[0]));
        }
        if (!form.isAnonymous()) {
            if (!StringUtils.hasText(form.getName()) || form.getName().trim().length() > 50) {
                problems.add(new Refusal.Problem("name", "objection.name.required", new Object[0]));
            }
            String contact = form.getContact() == null ? "" : form.getContact().trim();
            if (contact.length() > 100 || !(PHONE.matcher(contact).matches() || EMAIL.matcher(contact).matches())) {
                problems.add(new Refusal.Problem("contact", "objection.contact.invalid", new Object[0]));
            }
        } else if (!StringUtils.hasText(form.getLeads()) || form.getLeads().trim().length() < LEADS_MIN) {
            problems.add(new Refusal.Problem("leads", "objection.leads.required", new Object[] {LEADS_MIN}));
        }
        if (form.getLeads() != null && form.getLeads().length() > 2000) {
            problems.add(new Refusal.Problem("leads", "objection.leads.tooLong", new Object[] {2000}));
        }
        String content = form.getContent() == null ? "" : form.getContent().trim();
        if (content.length() < CONTENT_MIN || content.length() > CONTENT_MAX) {
            problems.add(new Refusal.Problem("content", "objection.content.length",
                    new Object[] {CONTENT_MIN, CONTENT_MAX}));
        }
        List<MultipartFile> given = nonEmpty(uploads);
        if (given.size() > FILES_MAX) {
            problems.add(new Refusal.Problem("files", "objection.files.tooMany", new Object[] {FILES_MAX}));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
    }

    /** Stores an upload by the dossier rules; a refusal rolls the whole filing back and says why. */
    private ObjectionFile keep(long objectionId, ObjectionFile.Source source, MultipartFile upload) {
        try {
            return files.save(new ObjectionFile(objectionId, source, attachments.store(upload), clock.instant()));
        } catch (Refusal refused) {
            throw Refusal.onField("files", refused.messageKey(), refused.arguments());
        }
    }

    private Objection locked(long objectionId) {
        return objections.lockById(objectionId).orElseThrow(() -> new NotFound("objection " + objectionId));
    }

    private Objection inStatus(long objectionId, ObjectionStatus status) {
        Objection objection = objection(objectionId);
        if (objection.getStatus() != status) {
            throw new Refusal("objection.alreadyTriaged");
        }
        return objection;
    }

    private void record(Actor actor, Objection objection, String action, ObjectionStatus from, String reason) {
        audit.record(new AuditEntry(actor, "OBJECTION", objection.getId(), objection.getReceiptCode(), action,
                from.name(), objection.getStatus().name(), reason));
    }

    private String receiptCode() {
        while (true) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                code.append(RECEIPT_ALPHABET[random.nextInt(RECEIPT_ALPHABET.length)]);
            }
            if (!objections.existsByReceiptCode(code.toString())) {
                return code.toString();
            }
        }
    }

    private static List<MultipartFile> nonEmpty(List<MultipartFile> uploads) {
        return uploads == null ? List.of() : uploads.stream().filter(upload -> upload != null && !upload.isEmpty())
                .toList();
    }

    /**
     * The objections under investigation whose due date falls from {@code from} to {@code to}, with the unit
     * investigating (the reminders of the investigations' due date). Not scoped: a system task.
     */
    public List<InvestigationDue> investigationsDue(LocalDate from, LocalDate to) {
        return objections.findByStatusAndDueOnBetweenOrderById(ObjectionStatus.INVESTIGATING, from, to).stream()
                .filter(objection -> objection.getAssignedUnitId() != null && objection.getDueOn() != null)
                .map(objection -> new InvestigationDue(objection.getId(), objection.getAssignedUnitId(),
                        objection.getDueOn()))
                .toList();
    }
}
