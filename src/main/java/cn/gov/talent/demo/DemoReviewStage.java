package cn.gov.talent.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.gov.talent.application.AchievementEntry;
import cn.gov.talent.application.Attachments;
import cn.gov.talent.application.DossierForm;
import cn.gov.talent.application.Dossiers;
import cn.gov.talent.application.EducationEntry;
import cn.gov.talent.application.WorkEntry;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.program.RubricCriterion;
import cn.gov.talent.program.eligibility.Degree;
import cn.gov.talent.program.eligibility.SkillLevel;
import cn.gov.talent.program.eligibility.TitleLevel;
import cn.gov.talent.review.Assignment;
import cn.gov.talent.review.Draws;
import cn.gov.talent.review.ExpertReviews;
import cn.gov.talent.review.Recommendation;
import cn.gov.talent.review.ReviewMode;
import cn.gov.talent.review.ReviewRound;
import cn.gov.talent.review.ReviewRounds;
import cn.gov.talent.review.RoundQueries;
import cn.gov.talent.review.ScoreForm;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.InMemoryPdf;

/**
 * The demo's review stage, run through the real services: every open batch gets the 双高 rubric
 * (004 §二(三)4) and a number of places; applications get a discipline; the batches with
 * applications already in review get a first round, drawn from the pool, and some scores.
 */
@Component
class DemoReviewStage {

    /** Discipline of each demo applicant's dossier (GB/T 13745 codes with enough experts in the demo pool). */
    static final Map<String, String> DISCIPLINES = Map.ofEntries(Map.entry("applicant", "320"),
            Map.entry("applicant03", "210"), Map.entry("applicant06", "450"), Map.entry("applicant07", "320"),
            Map.entry("applicant10", "450"), Map.entry("applicant11", "320"), Map.entry("applicant13", "320"),
            Map.entry("applicant14", "210"), Map.entry("applicant15", "450"), Map.entry("applicant16", "320"),
            Map.entry("applicant17", "320"), Map.entry("applicant18", "320"), Map.entry("applicant19", "320"),
            Map.entry("applicant20", "320"));

    private final Programs programs;
    private final Dossiers dossiers;
    private final ReviewRounds rounds;
    private final Draws draws;
    private final RoundQueries queries;
    private final ExpertReviews reviews;
    private final Accounts accounts;
    private final Clock clock;
    private final Attachments attachments;

    DemoReviewStage(Programs programs, Dossiers dossiers, ReviewRounds rounds, Draws draws, RoundQueries queries,
            ExpertReviews reviews, Accounts accounts, Clock clock, Attachments attachments) {
        this.attachments = attachments;
        this.programs = programs;
        this.dossiers = dossiers;
        this.rounds = rounds;
        this.draws = draws;
        this.queries = queries;
        this.reviews = reviews;
        this.accounts = accounts;
        this.clock = clock;
    }

    void rubricsAndPlaces(Map<String, BatchSummary> batches) {
        List<RubricCriterion> rubric = List.of(new RubricCriterion("创新能力", 25, BigDecimal.ONE),
                new RubricCriterion("业绩贡献", 30, BigDecimal.ONE), new RubricCriterion("培养目标", 15, BigDecimal.ONE),
                new RubricCriterion("配套举措", 15, BigDecimal.ONE), new RubricCriterion("团队建设", 15, BigDecimal.ONE));
        programs.setReview(batches.get("SG").id(), rubric, 100);
        // 百千万 (national plan §二(二); 100 places: the Jiangxi plan §二(一) 每次选拔100人左右): 学术技术水平, 创新思维与战略构想, 基础研究贡献, 承担任务与团队组织
        List<RubricCriterion> baiqianwan = List.of(new RubricCriterion("学术技术水平", 30, BigDecimal.ONE),
                new RubricCriterion("创新思维与研究构想", 25, BigDecimal.ONE),
                new RubricCriterion("基础研究贡献", 25, BigDecimal.ONE),
                new RubricCriterion("科研任务与团队组织", 20, BigDecimal.ONE));
        programs.setReview(batches.get("BQW").id(), baiqianwan, 100);
        programs.setReview(batches.get("BQWG").id(), baiqianwan, 10);
        // 千人计划青年项目 (002 art. 8): 海外职位与经历, 同行认可的科研成果, 成为带头人的潜力, 引进后工作计划
        programs.setReview(batches.get("QR").id(), List.of(new RubricCriterion("海外教学科研职位与经历", 25,
                BigDecimal.ONE), new RubricCriterion("同行认可的科研成果", 35, BigDecimal.ONE),
                new RubricCriterion("学术技术带头人潜力", 25, BigDecimal.ONE),
                new RubricCriterion("引进后全职工作计划", 15, BigDecimal.ONE)), 20);
    }

    /** A short dossier with the applicant's discipline, saved while the application is a draft. */
    void dossier(long applicationId, String username, Actor applicant) {
        var form = new DossierForm();
        form.setDisciplineCode(DISCIPLINES.get(username));
        form.setTitleName(switch (DISCIPLINES.get(username)) {
            case "320" -> "主任医师";
            case "210" -> "研究员";
            default -> "正高级工程师";
        });
        form.setTrainingGoals("培养期内主持省级以上科研项目 1 项，形成可推广的技术成果，带出一支 10 人左右的创新团队。");
        form.setSupportMeasures("单位提供实验用房 200 平方米、配套经费 50 万元，并在职称评聘、团队组建上给予支持。");
        dossiers.save(applicationId, form, applicant);
    }

    /**
     * The first applicant's complete dossier: a case that meets every condition of 双高工程's 专业技术
     * category (004 §二(二)) — doctorate, 正高 title, a provincial science award proven by its
     * certificate, none of the excluding honours — so the first thing a newcomer opens is coherent.
     */
    void eligibleDossier(long applicationId, String username, Actor applicant) {
        LocalDate today = LocalDate.now(clock);
        var form = new DossierForm();
        form.setDisciplineCode(DISCIPLINES.get(username));
        form.setDegree(Degree.DOCTOR);
        form.setPhdDate(today.minusYears(8).withMonth(6).withDayOfMonth(30));
        form.setTitle(TitleLevel.SENIOR);
        form.setTitleName("主任医师");
        var education = new EducationEntry();
        education.setSchool("南昌大学");
        education.setMajor("临床医学");
        education.setDegree(Degree.DOCTOR);
        education.setStart(today.minusYears(11).withMonth(9).withDayOfMonth(1));
        education.setEnd(form.getPhdDate());
        form.setEducations(new ArrayList<>(List.of(education)));
        var work = new WorkEntry();
        work.setEmployer("南昌大学第一附属医院");
        work.setPosition("心血管内科主任医师");
        work.setStart(today.minusYears(8).withMonth(7).withDayOfMonth(15));
        form.setWork(new ArrayList<>(List.of(work)));
        var award = new AchievementEntry();
        award.setKind("PROVINCIAL_SCI_AWARD");
        award.setDescription("冠心病介入诊疗关键技术研究与推广应用，获江西省科学技术进步奖二等奖");
        award.setDate(today.minusYears(2).withMonth(5).withDayOfMonth(20));
        award.setLevel("PROVINCIAL");
        award.setGrade(2);
        award.setRank(1);
        form.setAchievements(new ArrayList<>(List.of(award)));
        form.setConditionsDeclared(new LinkedHashSet<>(List.of("FULL_TIME_IN_JIANGXI")));
        form.setTrainingGoals("培养期内主持省级以上科研项目 1 项，形成可推广的技术成果，带出一支 10 人左右的创新团队。");
        form.setSupportMeasures("单位提供实验用房 200 平方米、配套经费 50 万元，并在职称评聘、团队组建上给予支持。");
        dossiers.save(applicationId, form, applicant);
        attachments.add(applicationId, "PROVINCIAL_SCI_AWARD", new InMemoryPdf("科技进步奖证书.pdf", CERTIFICATE_PDF),
                applicant);
        attachments.add(applicationId, "FULL_TIME_IN_JIANGXI", new InMemoryPdf("劳动合同及社保缴纳证明.pdf",
                CERTIFICATE_PDF), applicant);
    }

    /**
     * The dossier of the freelancer at 南昌市人社局's desk: a 高级技师 designing industrial products on his own,
     * his support measures the bureau's (there is no employer to give them).
     */
    void freelancerDossier(long applicationId, Actor applicant) {
        LocalDate today = LocalDate.now(clock);
        var form = new DossierForm();
        form.setDisciplineCode("460");
        form.setSkill(SkillLevel.SENIOR_TECHNICIAN);
        form.setTitleName("高级技师（工业设计师）");
        var work = new WorkEntry();
        work.setEmployer("自由职业");
        work.setPosition("独立工业设计师");
        work.setStart(today.minusYears(9).withMonth(3).withDayOfMonth(1));
        form.setWork(new ArrayList<>(List.of(work)));
        form.setTrainingGoals("培养期内完成 3 项智能家电和医疗器械外观与结构设计并实现量产，申请发明专利 2 项，"
                + "带徒 5 名取得技师以上等级。");
        form.setSupportMeasures("南昌市人社局将其纳入市级技能大师工作室建设，提供工作场地和 20 万元项目经费，"
                + "并协调本地制造企业开展设计转化合作。");
        dossiers.save(applicationId, form, applicant);
    }

    /** A one-page PDF standing for the award certificate (the demo ships no real document). */
    private static final byte[] CERTIFICATE_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    /**
     * Round 1 (correspondence, two experts each) for each batch with an application bound for
     * review; reviews submitted for those meant to be REVIEWED, one of two for the first of those
     * meant to be IN_REVIEW, so an expert finds work waiting.
     */
    void firstRounds(List<Long> batchIds, List<Long> toBeReviewed, List<Long> toStayInReview, Actor office) {
        for (long batchId : batchIds) {
            ReviewRound round = rounds.createRound(batchId, ReviewMode.CORRESPONDENCE, 2, LocalDate.now(clock)
                    .plusDays(21), null, office);
            draws.draw(round.getId(), office);
            for (Long applicationId : toBeReviewed) {
                queries.panel(round.getId(), applicationId).forEach(seat -> submit(seat, batchId, 22, 26));
            }
            toStayInReview.stream().limit(1).forEach(applicationId -> queries.panel(round.getId(), applicationId)
                    .stream().limit(1).forEach(seat -> submit(seat, batchId, 20, 25)));
        }
    }

    /**
     * The expert's scores: on 双高's five criteria the first two as given and the rest fixed; on another
     * program's rubric each criterion at the share of its maximum the first two give of theirs.
     */
    private void submit(Assignment seat, long batchId, int innovation, int contribution) {
        var form = new ScoreForm();
        List<RubricCriterion> rubric = programs.rubric(batchId);
        int percent = (innovation + contribution) * 100 / 55;
        form.setPoints(new ArrayList<>(rubric.size() == 5 ? List.of(innovation, contribution, 12, 13, 11)
                : rubric.stream().map(criterion -> criterion.getMaxPoints() * percent / 100).toList()));
        form.setRecommendation(Recommendation.AGREE);
        form.setComments("申报人学术技术水平突出，业绩贡献显著，培养目标明确，工作计划可行。");
        form.setVersion(seat.getVersion());
        long userId = queries.experts(List.of(seat.getExpertId())).get(seat.getExpertId()).getUserId();
        reviews.submit(seat.getId(), Actor.of(accounts.currentUser(accounts.find(userId).orElseThrow())), form);
    }
}
