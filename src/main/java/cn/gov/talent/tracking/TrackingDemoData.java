package cn.gov.talent.tracking;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.ApplicationStatus;
import cn.gov.talent.application.ApplicationWorkflow;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.organization.UnitNode;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Program;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.IdNumber;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.InMemoryPdf;
import cn.gov.talent.shared.Role;

/**
 * The demo's people after selection, once, after the publication demo ({@code @Order(12)}): six
 * 双高 people selected in earlier years (batches two to four years back, published before this
 * system), one in each situation of the cycle, every date counted from the clock's today:
 * <ul>
 * <li>{@code applicant26} (南昌大学) in the second year, the first year's report waiting for the employer;</li>
 * <li>{@code applicant27} (南昌大学) at the end of the first year, its report window open and nothing
 * submitted (the browser test's person);</li>
 * <li>{@code applicant28} (九江学院) at the end of the cycle, waiting for the final assessment;</li>
 * <li>{@code applicant29} (赣州市人民医院) completed, with the final assessment and every yearly report filed;</li>
 * <li>{@code applicant30} (江西铜业集团) revoked on the employer's proposal with evidence (the certificate
 * verifies as revoked);</li>
 * <li>{@code applicant31} (江西财经大学) asking to withdraw, the first year's report waiting to be filed.</li>
 * </ul>
 * The accounts share the demo password. Each application walks the workflow to SELECTED, each record
 * is created as publication creates it (with its issue date in the past) and then moved through the
 * module's own services, each step by the actor who takes it.
 */
@Component
@Profile("!prod")
@Order(13)
class TrackingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrackingDemoData.class);
    private static final Actor LOADER = Actor.system("demo-loader");
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    /** The main line of the application workflow, from a draft to the published list. */
    private static final List<WorkflowEvent> TO_SELECTED = List.of(WorkflowEvent.SUBMIT, WorkflowEvent.ENDORSE,
            WorkflowEvent.NOMINATE, WorkflowEvent.FORWARD, WorkflowEvent.PASS_FORMAL_REVIEW,
            WorkflowEvent.ASSIGN_EXPERTS, WorkflowEvent.COMPLETE_REVIEWS, WorkflowEvent.PROPOSE,
            WorkflowEvent.START_NOTICE, WorkflowEvent.APPROVE, WorkflowEvent.PUBLISH);

    /** Where a demo person stands, and when their list was published for it. */
    enum Scene {
        REPORT_WITH_EMPLOYER, REPORT_WINDOW_OPEN, FINAL_ASSESSMENT_DUE, COMPLETED, REVOKED, WITHDRAWAL_REQUESTED;

        LocalDate issuedOn(LocalDate today) {
            return switch (this) {
                // the second year: the first year ended two months ago
                case REPORT_WITH_EMPLOYER -> today.minusYears(1).minusMonths(2);
                // the first year ends in a fortnight: its report's window opened two weeks ago
                case REPORT_WINDOW_OPEN -> today.minusYears(1).plusDays(15);
                // the cycle ends in a month: within the final assessment's three months
                case FINAL_ASSESSMENT_DUE -> today.minusYears(3).plusMonths(1);
                // the cycle ended two months ago
                case COMPLETED -> today.minusYears(3).minusMonths(2);
                case REVOKED -> today.minusYears(2).plusMonths(3);
                case WITHDRAWAL_REQUESTED -> today.minusYears(1).minusMonths(7);
            };
        }
    }

    record Person(String username, String name, String unitCode, String categoryCode, Scene scene) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("applicant26", "姚振华", "NCU", "PRO", Scene.REPORT_WITH_EMPLOYER),
            new Person("applicant27", "江雪梅", "NCU", "PRO", Scene.REPORT_WINDOW_OPEN),
            new Person("applicant28", "钟国强", "JJU", "PRO", Scene.FINAL_ASSESSMENT_DUE),
            new Person("applicant29", "陆晓琳", "GZ-HOSP", "PRO", Scene.COMPLETED),
            new Person("applicant30", "秦志刚", "JXCC", "SKILL", Scene.REVOKED),
            new Person("applicant31", "白雨欣", "JXUFE", "PRO", Scene.WITHDRAWAL_REQUESTED));

    private final Accounts accounts;
    private final Organization organization;
    private final Programs programs;
    private final Applications applications;
    private final TalentRecords records;
    private final YearlyReports reports;
    private final Outputs outputs;
    private final Exits exits;
    private final FinalAssessments finals;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String password;
    private final IdNumberCipher idNumbers;
    private final SecureRandom random = new SecureRandom();

    TrackingDemoData(Accounts accounts, Organization organization, Programs programs, Applications applications,
            TalentRecords records, YearlyReports reports, Outputs outputs, Exits exits, FinalAssessments finals,
            PasswordEncoder passwordEncoder, TransactionTemplate transaction, Clock clock,
            @Value("${talent.demo.password}") String password, IdNumberCipher idNumbers) {
        this.idNumbers = idNumbers;
        this.accounts = accounts;
        this.organization = organization;
        this.programs = programs;
        this.applications = applications;
        this.records = records;
        this.reports = reports;
        this.outputs = outputs;
        this.exits = exits;
        this.finals = finals;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.clock = clock;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean demo = accounts.findByUsername("office").isPresent();
        if (!demo || accounts.findByUsername(PEOPLE.get(0).username()).isPresent()
                || programs.programByCode("SG").isEmpty()) {
            return;
        }
        String passwordHash = passwordEncoder.encode(password);
        LocalDate today = LocalDate.now(clock);
        transaction.executeWithoutResult(status -> {
            Program sg = programs.programByCode("SG").orElseThrow();
            for (int i = 0; i < PEOPLE.size(); i++) {
                Person person = PEOPLE.get(i);
                LocalDate issuedOn = person.scene().issuedOn(today);
                Actor applicant = applicant(person, i, passwordHash, today.getYear());
                TalentRecord record = selected(person, applicant, sg, issuedOn, today.getYear());
                play(person.scene(), record, applicant);
            }
        });
        log.info("Loaded the demo's people after selection: {} talent records in every state of the cycle",
                PEOPLE.size());
    }

    // ---- the person, their application and their record ----------------------------------------------

    private Actor applicant(Person person, int i, String passwordHash, int year) {
        UnitNode unit = organization.unitByCode(person.unitCode()).orElseThrow();
        UserAccount account = accounts.createWithHash(person.username(), passwordHash, person.name(), unit.id(),
                EnumSet.of(Role.APPLICANT));
        // the demo applicants' numbers go on from where DemoData's 25 end (南昌市东湖区, aged 34 to 46)
        int n = 25 + i;
        String first17 = "360102%04d%02d%02d%03d".formatted(year - 34 - n % 13, 1 + n % 12, 1 + (n * 7) % 28,
                100 + n);
        account.setIdNumber(idNumbers.seal(first17 + IdNumber.checkCharacter(first17)));
        account.setPhone("139%08d".formatted(70000000 + n));
        account.setEmail(person.username() + "@example.cn");
        return Actor.of(accounts.currentUser(account));
    }

    /** The application walked to SELECTED in the 双高 batch of its year, and its record issued on that day. */
    private TalentRecord selected(Person person, Actor applicant, Program sg, LocalDate issuedOn, int thisYear) {
        BatchSummary batch = batchOf(sg, issuedOn, thisYear);
        long categoryId = sg.getCategories().stream().filter(c -> c.getCode().equals(person.categoryCode()))
                .findFirst().orElseThrow().getId();
        UnitNode unit = organization.unitByCode(person.unitCode()).orElseThrow();
        Application application = applications.createDraft(applicant, person.name(), batch.id(), categoryId,
                unit.name());
        ApplicationStatus status = ApplicationStatus.DRAFT;
        for (WorkflowEvent event : TO_SELECTED) {
            Role role = ApplicationWorkflow.find(status, event).orElseThrow().actor();
            application = applications.fire(application.getId(), event, actorFor(role, applicant),
                    opinionFor(event, unit.name()), TransitionFacts.ALL_MET);
            status = ApplicationWorkflow.find(status, event).orElseThrow().to();
        }
        long sequence = records.countByProgramAndYear(batch.programId(), batch.year());
        String certificateNo = "%s-%d-%04d".formatted(batch.programCode(), batch.year(), sequence + 1);
        return records.create(application, batch, certificateNo, verificationCode(), issuedOn);
    }

    /** The unit's opinion an endorsement or a nomination goes with (单位意见, 推荐意见); none for other steps. */
    private static String opinionFor(WorkflowEvent event, String employer) {
        return switch (event) {
            case ENDORSE -> "经" + employer + "审核，该同志政治素质好，业绩突出，申报材料真实、完整，符合申报条件，同意推荐。";
            case NOMINATE -> "经专家评审和组织考察，并经公示无异议，同意推荐。";
            default -> null;
        };
    }

    /**
     * The 双高 batch of the year whose list was published on that day (lists are published from the
     * second half of their year into the first half of the next), two years back at the latest, so
     * that last year's list (the publication demo's) keeps its single day; created as published if
     * the demo has none for that year.
     */
    private BatchSummary batchOf(Program sg, LocalDate issuedOn, int thisYear) {
        int year = Math.min(thisYear - 2, issuedOn.minusMonths(6).getYear());
        return programs.batches().stream().filter(b -> b.programId() == sg.getId() && b.year() == year).findFirst()
                .orElseGet(() -> programs.createBatch(sg.getId(), year, year + "年度双高工程人选选拔",
                        BatchStage.PUBLISHED, LocalDate.of(year, 9, 1), LocalDate.of(year, 10, 31),
                        LocalDate.of(year, 12, 31)));
    }

    // ---- what happened to them since ------------------------------------------------------------------

    private void play(Scene scene, TalentRecord record, Actor person) {
        long id = record.getId();
        SupportCycle cycle = record.cycle();
        Actor employer = actorFor(Role.EMPLOYER, person);
        switch (scene) {
            case REPORT_WITH_EMPLOYER -> {
                output(id, OutputKind.PAPER, "复杂环境下锂电池健康状态估计方法研究", cycle.start().plusMonths(5),
                        OutputLevel.INTERNATIONAL, 1, true, true, person);
                // funded by the program, but published without its acknowledgement: marked in the lists
                output(id, OutputKind.PATENT, "一种动力电池梯次利用检测装置", cycle.start().plusMonths(9),
                        OutputLevel.NATIONAL, 1, true, false, person);
                reports.submit(id, 1, "按培养计划完成第一年度目标：建成电池检测平台，发表论文1篇，申请发明专利1项。", person);
            }
            case REPORT_WINDOW_OPEN -> output(id, OutputKind.REPORT, "鄱阳湖流域水生态监测年度报告",
                    cycle.start().plusMonths(4), OutputLevel.PROVINCIAL, 2, false, false, person);
            case FINAL_ASSESSMENT_DUE -> {
                fileYears(id, cycle, 2, person, employer);
                output(id, OutputKind.AWARD, "江西省科学技术进步奖二等奖", cycle.anniversary(2).plusMonths(4),
                        OutputLevel.PROVINCIAL, 1, true, true, person);
            }
            case COMPLETED -> {
                fileYears(id, cycle, 3, person, employer);
                FinalAssessmentForm form = new FinalAssessmentForm();
                form.setInnovation("主持省重点研发项目1项，突破肿瘤早筛关键技术。");
                form.setResults("发表SCI论文6篇，获授权发明专利2项，超额完成培养目标。");
                form.setService("技术在省内8家医院推广应用，服务患者逾万人次。");
                form.setTraining("培养硕士研究生5名、青年骨干3名。");
                form.setTeam("组建12人的肿瘤早筛创新团队。");
                form.setEmployerMeasures("单位配套科研经费30万元，提供独立实验室。");
                form.setOutcome(FinalAssessment.Outcome.EXCELLENT);
                finals.assess(id, form, office());
            }
            case REVOKED -> {
                fileYears(id, cycle, 1, person, employer);
                exits.propose(id, ExitKind.REVOCATION, TalentExit.Ground.MISCONDUCT,
                        "经学校学术委员会调查认定，其申报材料所列论文存在严重学术不端行为，造成不良影响。",
                        new InMemoryPdf("学术委员会调查结论.pdf",
                                "%PDF-1.4\n% 调查结论\n".getBytes(StandardCharsets.UTF_8)),
                        employer);
                exits.forward(id, actorFor(Role.RECOMMENDER, person));
                exits.decide(id, true, "经核查属实，取消其人选资格，停止支持。", office());
            }
            case WITHDRAWAL_REQUESTED -> {
                YearlyReport first = submitted(id, 1, person);
                reports.grade(first.getId(), Grade.PASS, "完成年度目标。", employer);
                reports.confirm(first.getId(), actorFor(Role.RECOMMENDER, person));
                exits.requestWithdrawal(id, TalentExit.Ground.FAMILY, "因家庭原因需长期赴外省照顾老人，申请主动退出。", person);
            }
        }
    }

    /** Years 1 to {@code years} reported with one output each, graded, confirmed and filed. */
    private void fileYears(long id, SupportCycle cycle, int years, Actor person, Actor employer) {
        Actor recommender = actorFor(Role.RECOMMENDER, person);
        for (int k = 1; k <= years; k++) {
            output(id, k % 2 == 1 ? OutputKind.PAPER : OutputKind.STANDARD, "第" + k + "年度代表性成果",
                    cycle.anniversary(k - 1).plusMonths(6), OutputLevel.PROVINCIAL, 1, true, true, person);
            YearlyReport report = submitted(id, k, person);
            reports.grade(report.getId(), k == years ? Grade.EXCELLENT : Grade.PASS, "完成年度培养目标。", employer);
            reports.confirm(report.getId(), recommender);
            reports.file(report.getId(), office());
        }
    }

    private YearlyReport submitted(long id, int year, Actor person) {
        return reports.submit(id, year, "第" + year + "年度：按培养计划推进各项任务，完成年度目标。", person);
    }

    private void output(long id, OutputKind kind, String title, LocalDate achievedOn, OutputLevel level, int rank,
            boolean funded, boolean acknowledged, Actor person) {
        OutputForm form = new OutputForm();
        form.setKind(kind);
        form.setTitle(title);
        form.setAchievedOn(achievedOn);
        form.setLevel(level);
        form.setAuthorRank(rank);
        form.setFunded(funded);
        form.setAcknowledged(acknowledged);
        outputs.add(id, form, null, person);
    }

    // ---- who acts ----------------------------------------------------------------------------------

    private Actor actorFor(Role role, Actor applicant) {
        if (role == null) {
            return LOADER;
        }
        return switch (role) {
            case APPLICANT -> applicant;
            case EMPLOYER -> firstIn(applicant.unitId(), Role.EMPLOYER);
            case RECOMMENDER -> firstIn(organization.recommendingUnitOf(applicant.unitId()).orElseThrow().id(),
                    Role.RECOMMENDER);
            default -> office();
        };
    }

    private Actor firstIn(long unitId, Role role) {
        long userId = accounts.userIdsIn(unitId, role).stream().sorted().findFirst().orElseThrow();
        return Actor.of(accounts.currentUser(accounts.find(userId).orElseThrow()));
    }

    private Actor office() {
        return Actor.of(accounts.currentUser(accounts.findByUsername("office").orElseThrow()));
    }

    private String verificationCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }
}
