package cn.gov.talent.support;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.Attachments;
import cn.gov.talent.application.DossierForm;
import cn.gov.talent.application.Dossiers;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Program;
import cn.gov.talent.program.ProgramTier;
import cn.gov.talent.program.Programs;
import cn.gov.talent.program.RubricCriterion;
import cn.gov.talent.review.Assignment;
import cn.gov.talent.review.Draws;
import cn.gov.talent.review.ExpertReviews;
import cn.gov.talent.review.Proposals;
import cn.gov.talent.review.Rankings;
import cn.gov.talent.review.Recommendation;
import cn.gov.talent.review.ReviewMode;
import cn.gov.talent.review.ReviewRound;
import cn.gov.talent.review.ReviewRounds;
import cn.gov.talent.review.RoundQueries;
import cn.gov.talent.review.ScoreForm;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.IdNumber;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.Role;

/**
 * A fresh program and batch (rubric: 创新能力 50, 业绩贡献 50, weights 1) with applications from
 * 南昌大学 walked to QUALIFIED, each with a dossier naming its discipline and avoid list, so
 * review tests never touch the demo batches or each other.
 */
public class ReviewScenario {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** The employer's opinion (单位意见) every endorsement of the scenario goes with. */
    public static final String OPINION = "经审核，申报材料真实完整，同意推荐。";

    private final Programs programs;
    private final Applications applications;
    private final Dossiers dossiers;
    private final TestData data;
    private final JdbcTemplate jdbc;
    private final Attachments attachments;
    private final ReviewRounds rounds;
    private final Draws draws;
    private final RoundQueries queries;
    private final ExpertReviews reviews;
    private final Rankings rankings;
    private final Proposals proposals;
    private final Accounts accounts;
    private final TransactionTemplate transaction;
    private final IdNumberCipher idNumbers;

    ReviewScenario(Programs programs, Applications applications, Dossiers dossiers, TestData data, JdbcTemplate jdbc,
            Attachments attachments, ReviewRounds rounds, Draws draws, RoundQueries queries, ExpertReviews reviews,
            Rankings rankings, Proposals proposals, Accounts accounts,
            TransactionTemplate transaction, IdNumberCipher idNumbers) {
        this.idNumbers = idNumbers;
        this.transaction = transaction;
        this.rounds = rounds;
        this.draws = draws;
        this.queries = queries;
        this.reviews = reviews;
        this.rankings = rankings;
        this.proposals = proposals;
        this.accounts = accounts;
        this.attachments = attachments;
        this.programs = programs;
        this.applications = applications;
        this.dossiers = dossiers;
        this.data = data;
        this.jdbc = jdbc;
    }

    public record Batch(long batchId, long categoryId, List<Long> applicationIds) {
    }

    /** One application per entry of {@code avoidLists}, all in {@code discipline}. */
    public Batch qualified(String discipline, int totalPlaces, List<List<String>> avoidLists) {
        return qualified(discipline, totalPlaces, avoidLists, ProgramTier.PROVINCIAL);
    }

    public Batch qualified(String discipline, int totalPlaces, List<List<String>> avoidLists, ProgramTier tier) {
        Batch batch = openBatch(totalPlaces, tier);
        List<Long> ids = new ArrayList<>();
        for (List<String> avoid : avoidLists) {
            long application = draft(batch, discipline, avoid).getId();
            applications.fire(application, WorkflowEvent.SUBMIT, applicantOf(application), null,
                    TransitionFacts.ALL_MET);
            applications.fire(application, WorkflowEvent.ENDORSE, data.actor("employer"), OPINION,
                    TransitionFacts.ALL_MET);
            applications.fire(application, WorkflowEvent.NOMINATE, data.actor("recommender"), null,
                    TransitionFacts.ALL_MET);
            applications.fire(application, WorkflowEvent.FORWARD, data.actor("recommender"), null,
                    TransitionFacts.ALL_MET);
            applications.fire(application, WorkflowEvent.PASS_FORMAL_REVIEW, data.actor("office"), null,
                    TransitionFacts.ALL_MET);
            ids.add(application);
        }
        return new Batch(batch.batchId(), batch.categoryId(), ids);
    }

    /** An application of a fresh batch submitted by its applicant, so its dossier has version 1. */
    public long submitted(String discipline) {
        return submitted(discipline, form -> { });
    }

    /** The same, its dossier filled in further before it is submitted (education, work, achievements...). */
    public long submitted(String discipline, Consumer<DossierForm> filling) {
        Application application = draft(openBatch(1, ProgramTier.PROVINCIAL), discipline, List.of(), filling);
        dossiers.submit(application.getId(), applicantOf(application.getId()));
        return application.getId();
    }

    private Batch openBatch(int totalPlaces, ProgramTier tier) {
        String code = "RV" + COUNTER.incrementAndGet() + (System.nanoTime() % 100000);
        Program program = programs.createProgram(code, "评审测试工程 " + code, tier, "测试",
                List.<String[]>of(new String[] {"PRO", "专业技术人才"}));
        BatchSummary batch = programs.createBatch(program.getId(), data.year(), "评审测试批次 " + code,
                BatchStage.OPEN, data.today().minusDays(10), data.today().plusDays(10), data.referenceDate());
        programs.setReview(batch.id(), List.of(new RubricCriterion("创新能力", 50, BigDecimal.ONE),
                new RubricCriterion("业绩贡献", 50, BigDecimal.ONE)), totalPlaces);
        return new Batch(batch.id(), program.getCategories().get(0).getId(), List.of());
    }

    /** A new applicant of 南昌大学 (valid ID number) with a saved dossier and one attachment. */
    private Application draft(Batch batch, String discipline, List<String> avoid) {
        return draft(batch, discipline, avoid, form -> { });
    }

    private Application draft(Batch batch, String discipline, List<String> avoid, Consumer<DossierForm> filling) {
        UserAccount applicant = data.newUser("rv", "NCU", Role.APPLICANT);
        long n = applicant.getId();
        String first17 = "360102%04d%02d%02d%03d".formatted(data.year() - 41, n % 12 + 1, n / 12 % 28 + 1, n / 336 % 1000);
        transaction.executeWithoutResult(status -> accounts.find(applicant.getId()).orElseThrow()
                .setIdNumber(idNumbers.seal(first17 + IdNumber.checkCharacter(first17))));
        Actor actor = Actor.of(data.currentUser(applicant));
        Application application = applications.createDraft(actor, applicant.getFullName(), batch.batchId(),
                batch.categoryId(), "南昌大学");
        DossierForm form = new DossierForm();
        form.setDisciplineCode(discipline);
        form.setAvoidExperts(new ArrayList<>(avoid));
        form.setTrainingGoals("三年内建成省级重点实验室。");
        filling.accept(form);
        dossiers.save(application.getId(), form, actor);
        // the scenario's category has no conditions, so its attachments are of the kind every category takes
        attachments.add(application.getId(), "OTHER", new MockMultipartFile("file", "聘用合同.pdf",
                "application/pdf", "%PDF-1.4\n% test\n".getBytes(StandardCharsets.US_ASCII)), actor);
        return application;
    }

    private Actor applicantOf(long applicationId) {
        long applicantId = applications.find(applicationId).orElseThrow().getApplicantId();
        return transaction.execute(status -> Actor.of(data.currentUser(accounts.find(applicantId).orElseThrow())));
    }

    /**
     * A batch whose applications went through one review round (scores falling with the order of
     * {@code count}), a confirmed proposed list with all of them, and every department's opinion:
     * ready for the public notice.
     */
    public Batch proposed(String discipline, int count) {
        return proposed(discipline, count, ProgramTier.PROVINCIAL);
    }

    public Batch proposed(String discipline, int count, ProgramTier tier) {
        Batch batch = qualified(discipline, count, new ArrayList<>(Collections.nCopies(count, List.of())),
                tier);
        Actor office = data.actor("office");
        ReviewRound round = rounds.createRound(batch.batchId(), ReviewMode.CORRESPONDENCE, 1, null, null, office);
        draws.draw(round.getId(), office);
        int points = 50;
        for (long application : batch.applicationIds()) {
            for (Assignment seat : queries.panel(round.getId(), application)) {
                var form = new ScoreForm();
                form.setPoints(new ArrayList<>(List.of(points--, 40)));
                form.setRecommendation(Recommendation.AGREE);
                form.setComments("同意推荐。");
                form.setVersion(seat.getVersion());
                reviews.submit(seat.getId(), data.actor(usernameOfExpert(seat.getExpertId())), form);
            }
        }
        rankings.aggregate(round.getId(), office);
        proposals.draft(batch.batchId(), office);
        proposals.confirm(batch.batchId(), office);
        for (String department : jdbc.queryForList("""
                select min(u.username) from app_user u join app_user_role r on r.user_id = u.id
                where r.role = 'DEPARTMENT' and u.enabled group by u.unit_id
                """, String.class)) {
            UserAccount user = accounts.findByUsername(department).orElseThrow();
            proposals.recordOpinion(batch.batchId(), data.actor(department), user.getFullName(),
                    user.getUnit().getName(), true, "同意。");
        }
        return batch;
    }

    /** The login of an expert of the pool. */
    public String usernameOfExpert(long expertId) {
        return jdbc.queryForObject("select u.username from app_user u join expert e on e.user_id = u.id where e.id = ?",
                String.class, expertId);
    }

    public String nameOfExpert(long expertId) {
        return jdbc.queryForObject("select full_name from expert where id = ?", String.class, expertId);
    }
}
