package cn.gov.talent.demo;

import static cn.gov.talent.application.ApplicationStatus.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import cn.gov.talent.organization.InstitutionType;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.organization.Sector;
import cn.gov.talent.organization.UnitForm;
import cn.gov.talent.organization.UnitKind;
import cn.gov.talent.organization.UnitNode;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Program;
import cn.gov.talent.program.ProgramTier;
import cn.gov.talent.program.Programs;
import cn.gov.talent.review.ExpertPool;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.IdNumber;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.Role;

/** Loads the demo once: if the {@code admin} account exists, it does nothing. */
@Component
@Profile("!prod")
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Actor LOADER = Actor.system("demo-loader");

    private final Organization organization;
    private final Accounts accounts;
    private final Programs programs;
    private final Applications applications;
    private final ExpertPool experts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String password;
    private final DemoReviewStage reviewStage;
    private final IdNumberCipher idNumbers;

    private final Map<String, UnitNode> units = new HashMap<>();
    private final Map<String, UserAccount> users = new HashMap<>();
    private String passwordHash;

    DemoData(Organization organization, Accounts accounts, Programs programs, Applications applications,
            ExpertPool experts, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
            @Value("${talent.demo.password}") String password, Clock clock, DemoReviewStage reviewStage,
            IdNumberCipher idNumbers) {
        this.idNumbers = idNumbers;
        this.reviewStage = reviewStage;
        this.clock = clock;
        this.organization = organization;
        this.accounts = accounts;
        this.programs = programs;
        this.applications = applications;
        this.experts = experts;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.findByUsername("admin").isPresent()) {
            return;
        }
        log.info("Loading demo data (accounts share the password documented in README.md)");
        passwordHash = passwordEncoder.encode(password);
        transaction.executeWithoutResult(status -> {
            organisationTree();
            accountsPerRole();
            expertPool();
            applicationsAcrossTheWorkflow(programsAndBatches());
        });
    }

    private void organisationTree() {
        unit("JX-HRSS", "江西省人力资源和社会保障厅", UnitKind.OFFICE, Sector.PUBLIC, null);
        unit("NC-HRSS", "南昌市人社局", UnitKind.RECOMMENDER, Sector.PUBLIC, "JX-HRSS");
        unit("JJ-HRSS", "九江市人社局", UnitKind.RECOMMENDER, Sector.PUBLIC, "JX-HRSS");
        unit("GZ-HRSS", "赣州市人社局", UnitKind.RECOMMENDER, Sector.PUBLIC, "JX-HRSS");
        unit("JX-EDU", "省教育厅", UnitKind.RECOMMENDER, Sector.PUBLIC, "JX-HRSS");
        unit("JX-HEALTH", "省卫生健康委", UnitKind.RECOMMENDER, Sector.PUBLIC, "JX-HRSS");
        employer("NCU", "南昌大学", Sector.PUBLIC, "NC-HRSS", JIANGXI, InstitutionType.UNIVERSITY);
        employer("JXCC", "江西铜业集团", Sector.PUBLIC, "NC-HRSS", JIANGXI, InstitutionType.ENTERPRISE);
        employer("NC-ZHIYUAN", "南昌智远科技有限公司", Sector.NON_PUBLIC, "NC-HRSS", JIANGXI,
                InstitutionType.ENTERPRISE);
        employer("JJU", "九江学院", Sector.PUBLIC, "JJ-HRSS", JIANGXI, InstitutionType.UNIVERSITY);
        employer("GZ-HOSP", "赣州市人民医院", Sector.PUBLIC, "GZ-HRSS", JIANGXI, InstitutionType.OTHER);
        employer("JXUFE", "江西财经大学", Sector.PUBLIC, "JX-EDU", JIANGXI, InstitutionType.UNIVERSITY);
        employer("JX-CANCER", "江西省肿瘤医院", Sector.PUBLIC, "JX-HEALTH", JIANGXI, InstitutionType.OTHER);
        unit("JX-TALENT", "省委人才办", UnitKind.DEPARTMENT, Sector.PUBLIC, "JX-HRSS");
        unit("JX-PUBLICITY", "省委宣传部", UnitKind.DEPARTMENT, Sector.PUBLIC, "JX-HRSS");
        unit("JX-SCI", "省科技厅", UnitKind.DEPARTMENT, Sector.PUBLIC, "JX-HRSS");
        // 004 §二(三)2: each city's bureau takes freelancers and people whose non-public employer is not in
        // the tree at its desk (受理窗口, ADR 0027); its sector is theirs
        desk("NC-DESK", "南昌市人社局人才申报受理窗口", "NC-HRSS");
        desk("JJ-DESK", "九江市人社局人才申报受理窗口", "JJ-HRSS");
        desk("GZ-DESK", "赣州市人社局人才申报受理窗口", "GZ-HRSS");
        // employers outside Jiangxi, each under the department in charge of it there (its 主管部门, which reviews a
        // transfer to it, 002 art. 32), so that people can move across regions: west, east, and 新疆
        unit("SC-HRSS", "四川省人力资源和社会保障厅", UnitKind.RECOMMENDER, Sector.PUBLIC, "JX-HRSS", "51", null);
        employer("SCU", "四川大学", Sector.PUBLIC, "SC-HRSS", "51", InstitutionType.UNIVERSITY);
        unit("ZJ-HRSS", "浙江省人力资源和社会保障厅", UnitKind.RECOMMENDER, Sector.PUBLIC, "JX-HRSS", "33", null);
        employer("ZJ-YUNQI", "杭州云栖智造科技有限公司", Sector.NON_PUBLIC, "ZJ-HRSS", "33", InstitutionType.ENTERPRISE);
        unit("XJ-HRSS", "新疆维吾尔自治区人力资源和社会保障厅", UnitKind.RECOMMENDER, Sector.PUBLIC, "JX-HRSS", "65",
                null);
        employer("XJU", "新疆大学", Sector.PUBLIC, "XJ-HRSS", "65", InstitutionType.UNIVERSITY);
    }

    private void accountsPerRole() {
        user("admin", "系统管理员", "JX-HRSS", Role.ADMIN);
        user("office", "王建国", "JX-HRSS", Role.OFFICE);
        user("supervisor", "赵巡察", "JX-HRSS", Role.SUPERVISOR);
        user("department", "钱人才", "JX-TALENT", Role.DEPARTMENT);
        user("department02", "李宣传", "JX-PUBLICITY", Role.DEPARTMENT);
        user("department03", "孔科技", "JX-SCI", Role.DEPARTMENT);
        user("department04", "严教育", "JX-EDU", Role.DEPARTMENT);
        user("recommender", "孙南昌", "NC-HRSS", Role.RECOMMENDER);
        user("recommender02", "周九江", "JJ-HRSS", Role.RECOMMENDER);
        user("recommender03", "吴赣州", "GZ-HRSS", Role.RECOMMENDER);
        user("recommender04", "郑教育", "JX-EDU", Role.RECOMMENDER);
        user("recommender05", "冯卫健", "JX-HEALTH", Role.RECOMMENDER);
        user("employer", "陈南大", "NCU", Role.EMPLOYER);
        user("employer02", "褚铜业", "JXCC", Role.EMPLOYER);
        user("employer03", "卫智远", "NC-ZHIYUAN", Role.EMPLOYER);
        user("employer04", "蒋九院", "JJU", Role.EMPLOYER);
        user("employer05", "沈赣医", "GZ-HOSP", Role.EMPLOYER);
        user("employer06", "韩财大", "JXUFE", Role.EMPLOYER);
        user("employer07", "杨肿瘤", "JX-CANCER", Role.EMPLOYER);
        // the bureaus' staff at their desks: they check the applications there as an employer does
        user("employer-nc-desk", "熊南窗", "NC-DESK", Role.EMPLOYER);
        user("employer-jj-desk", "柯九窗", "JJ-DESK", Role.EMPLOYER);
        user("employer-gz-desk", "温赣窗", "GZ-DESK", Role.EMPLOYER);
        user("recommender06", "邓蜀才", "SC-HRSS", Role.RECOMMENDER);
        user("recommender07", "沈之江", "ZJ-HRSS", Role.RECOMMENDER);
        user("recommender08", "艾天山", "XJ-HRSS", Role.RECOMMENDER);
        user("employer08", "鲁川大", "SCU", Role.EMPLOYER);
        user("employer09", "钱云栖", "ZJ-YUNQI", Role.EMPLOYER);
        user("employer10", "热依拉", "XJU", Role.EMPLOYER);
    }

    private void expertPool() {
        String[][] pool = {
                {"李明华", "南昌大学", "教授", "110,120"}, {"张晓燕", "江西财经大学", "教授", "790,910"},
                {"刘志强", "华东交通大学", "研究员", "580,460"}, {"陈文静", "江西师范大学", "教授", "740,880"},
                {"杨建平", "江西农业大学", "研究员", "210,230"}, {"黄海涛", "南昌航空大学", "教授", "590,620"},
                {"赵丽君", "江西中医药大学", "主任医师", "320,360"}, {"周国庆", "江西理工大学", "教授", "440,450"},
                {"吴晓东", "东华理工大学", "研究员", "170,490"}, {"徐红梅", "赣南医学院", "主任医师", "310,320"},
                {"孙立新", "景德镇陶瓷大学", "教授", "430,760"}, {"马永刚", "江西省农业科学院", "研究员", "210,240"},
                {"朱玉兰", "井冈山大学", "教授", "720,810"}, {"胡卫东", "中国瑞林工程技术股份有限公司", "正高级工程师", "450,560"},
                {"郭建华", "江西省人民医院", "主任医师", "320,330"}};
        for (int i = 0; i < pool.length; i++) {
            String username = "expert%02d".formatted(i + 1);
            UserAccount account = user(username, pool[i][0], "JX-HRSS", Role.EXPERT);
            experts.add(account.getId(), pool[i][0], pool[i][1], pool[i][2], List.of(pool[i][3].split(",")));
        }
    }

    private Map<String, BatchSummary> programsAndBatches() {
        Program sg = programs.createProgram("SG", "江西省高层次高技能领军人才培养工程（双高工程）", ProgramTier.PROVINCIAL,
                "每年选拔一次，每次不超过100名；培养周期三年。",
                List.<String[]>of(new String[] {"PRO", "高层次专业技术领军人才"}, new String[] {"SKILL", "高技能领军人才"}));
        Program bqw = programs.createProgram("BQW", "百千万人才工程（省级人选）", ProgramTier.PROVINCIAL,
                "江西省百千万人才工程省级人选选拔。",
                List.<String[]>of(new String[] {"PROV", "省级人选"}));
        // the national 百千万 selection (000, 2012 plan §二): the province recommends its candidates; this year's
        // list is in its public notice while the provincial batch above still takes applications
        Program bqwg = programs.createProgram("BQWG", "百千万人才工程（国家级人选推荐）", ProgramTier.NATIONAL,
                "“工程”国家级人选每年选拔一次，由各地区、各部门推荐。",
                List.<String[]>of(new String[] {"NAT", "国家级人选"}));
        Program qr = programs.createProgram("QR", "国家海外高层次人才引进计划（青年项目）", ProgramTier.NATIONAL,
                "引进海外优秀青年人才，年龄不超过40周岁。",
                List.<String[]>of(new String[] {"YOUTH", "青年项目"}));
        DemoRules.fromTheSeeds(programs);
        // 002 art. 32: in the first term the 千人计划's people in the west and north-east may not move east or to the
        // centre; the 百千万 asks HR departments to speed such moves (000), and 004 says nothing of it for 双高
        programs.setRegionalTransferRule("QR", true);
        // Everything is counted from the clock's today, so the demo tells the same story in any year:
        // this year's batches open (windows around today, ages counted at the year's end) and last
        // year's 双高 batch published.
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Map<String, BatchSummary> batches = new HashMap<>();
        batches.put("SG", programs.createBatch(sg.getId(), year, year + "年度双高工程人选选拔", BatchStage.OPEN,
                today.minusDays(30), today.plusDays(60), yearEnd));
        batches.put("SG-LAST", programs.createBatch(sg.getId(), year - 1, (year - 1) + "年度双高工程人选选拔",
                BatchStage.PUBLISHED, LocalDate.of(year - 1, 9, 1), LocalDate.of(year - 1, 10, 31),
                LocalDate.of(year - 1, 12, 31)));
        batches.put("BQW", programs.createBatch(bqw.getId(), year, year + "年度百千万人才工程省级人选选拔",
                BatchStage.OPEN, today.minusDays(20), today.plusDays(75), yearEnd));
        batches.put("BQWG", programs.createBatch(bqwg.getId(), year, year + "年度百千万人才工程国家级人选推荐",
                BatchStage.REVIEW, today.minusDays(150), today.minusDays(90), yearEnd));
        batches.put("QR", programs.createBatch(qr.getId(), year, year + "年度海外高层次人才引进计划青年项目",
                BatchStage.OPEN, today.minusDays(60), today.plusDays(45), yearEnd));
        return batches;
    }

    /** Each demo application walks the workflow from DRAFT, each step by the actor the table names. */
    private void applicationsAcrossTheWorkflow(Map<String, BatchSummary> batches) {
        Map<String, Long> categories = new HashMap<>();
        programs.programsWithCategories().forEach(program -> program.getCategories()
                .forEach(category -> categories.put(program.getCode() + "/" + category.getCode(), category.getId())));
        Object[][] plan = {
                {"applicant", "林晓峰", "NCU", "SG", "SG/PRO", SUBMITTED},
                {"applicant02", "何雨桐", "NCU", "SG", "SG/PRO", DRAFT},
                {"applicant03", "高志远", "NCU", "BQW", "BQW/PROV", ENDORSED},
                {"applicant04", "罗思琪", "JXCC", "SG", "SG/SKILL", SUBMITTED},
                {"applicant05", "梁国栋", "JXCC", "SG", "SG/SKILL", RETURNED},
                {"applicant06", "宋佳怡", "NC-ZHIYUAN", "SG", "SG/PRO", ENDORSED},
                {"applicant07", "唐浩然", "NC-ZHIYUAN", "QR", "QR/YOUTH", NOMINATED},
                {"applicant08", "许文博", "JJU", "SG", "SG/PRO", SUBMITTED},
                {"applicant09", "韩梦洁", "JJU", "SG", "SG/PRO", REJECTED},
                {"applicant10", "冯子轩", "JJU", "BQW", "BQW/PROV", NOMINATED},
                {"applicant11", "曹雅琴", "GZ-HOSP", "SG", "SG/PRO", ENDORSED},
                {"applicant12", "邓建军", "GZ-HOSP", "SG", "SG/SKILL", NOT_NOMINATED},
                {"applicant13", "彭晓琳", "GZ-HOSP", "BQW", "BQW/PROV", FORWARDED},
                {"applicant14", "曾永康", "JXUFE", "SG", "SG/PRO", FORWARDED},
                {"applicant15", "萧静怡", "JXUFE", "BQW", "BQW/PROV", QUALIFIED},
                {"applicant16", "田伟明", "JXUFE", "QR", "QR/YOUTH", DISQUALIFIED},
                {"applicant17", "董欣然", "JX-CANCER", "SG", "SG/PRO", IN_REVIEW},
                {"applicant18", "袁俊杰", "JX-CANCER", "BQWG", "BQWG/NAT", REVIEWED},
                {"applicant19", "潘美玲", "NCU", "QR", "QR/YOUTH", IN_REVIEW},
                {"applicant20", "蔡志明", "JJU", "QR", "QR/YOUTH", QUALIFIED},
                {"applicant21", "余秋雨", "NCU", "SG-LAST", "SG/PRO", SELECTED},
                {"applicant22", "杜海波", "JXCC", "SG-LAST", "SG/SKILL", SELECTED},
                {"applicant23", "叶清华", "GZ-HOSP", "SG-LAST", "SG/PRO", NOT_SELECTED},
                {"applicant24", "程立军", "JXUFE", "SG-LAST", "SG/PRO", REMOVED},
                {"applicant25", "魏嘉怡", "JJU", "SG", "SG/PRO", WITHDRAWN},
        };
        reviewStage.rubricsAndPlaces(batches);
        // the review stage is organised through its own services: applications bound for review
        // stop at QUALIFIED and are drawn below; those meant to stay QUALIFIED pass formal review
        // after the draw, as if qualified later
        List<Long> reviewBatches = new ArrayList<>();
        List<Long> toBeReviewed = new ArrayList<>();
        List<Long> inReview = new ArrayList<>();
        List<Long> qualifiedLater = new ArrayList<>();
        for (int i = 0; i < plan.length; i++) {
            Object[] row = plan[i];
            UserAccount applicant = user((String) row[0], (String) row[1], (String) row[2], Role.APPLICANT);
            applicant.setIdNumber(idNumbers.seal(demoIdNumber(i, LocalDate.now(clock).getYear())));
            applicant.setPhone("139%08d".formatted(70000000 + i));
            applicant.setEmail(row[0] + "@example.cn");
            Actor applicantActor = Actor.of(applicant.toCurrentUser(clock.instant()));
            long batchId = batches.get((String) row[3]).id();
            Application application = applications.createDraft(applicantActor, applicant.getFullName(),
                    batchId, categories.get((String) row[4]), units.get((String) row[2]).name());
            if (i == 0) {
                reviewStage.eligibleDossier(application.getId(), (String) row[0], applicantActor);
            } else if (DemoReviewStage.DISCIPLINES.containsKey((String) row[0])) {
                reviewStage.dossier(application.getId(), (String) row[0], applicantActor);
            }
            ApplicationStatus target = (ApplicationStatus) row[5];
            boolean current = !"SG-LAST".equals(row[3]);
            if (current && (target == IN_REVIEW || target == REVIEWED)) {
                (target == REVIEWED ? toBeReviewed : inReview).add(application.getId());
                if (!reviewBatches.contains(batchId)) {
                    reviewBatches.add(batchId);
                }
                target = QUALIFIED;
            } else if (current && target == QUALIFIED) {
                // passed formal review after the first rounds were drawn: it waits for the next round
                qualifiedLater.add(application.getId());
                target = FORWARDED;
            }
            for (WorkflowEvent event : pathTo(target)) {
                applications.fire(application.getId(), event, actorFor(event, application, applicantActor),
                        reasonFor(event, i), TransitionFacts.ALL_MET);
            }
        }
        Actor office = Actor.of(users.get("office").toCurrentUser(clock.instant()));
        reviewStage.firstRounds(reviewBatches, toBeReviewed, inReview, office);
        for (long applicationId : qualifiedLater) {
            applications.fire(applicationId, WorkflowEvent.PASS_FORMAL_REVIEW, office, null, TransitionFacts.ALL_MET);
        }
        throughTheDesk(batches.get("SG").id(), categories.get("SG/SKILL"));
    }

    /**
     * 004 §二(三)2: a freelancer ({@code applicant32}, 易文轩, an independent industrial designer) registered at
     * 南昌市人社局's desk and applied to this year's 双高 batch; the application names 自由职业（南昌市人社局受理）
     * and waits for the desk's check ({@code employer-nc-desk}).
     */
    private void throughTheDesk(long batchId, long categoryId) {
        UserAccount applicant = user("applicant32", "易文轩", "NC-DESK", Role.APPLICANT);
        applicant.setWorkplace("自由职业");
        // past the numbers of DemoData's 25 applicants and the tracking demo's people
        applicant.setIdNumber(idNumbers.seal(demoIdNumber(40, LocalDate.now(clock).getYear())));
        applicant.setPhone("139%08d".formatted(70000040));
        applicant.setEmail("applicant32@example.cn");
        Actor actor = Actor.of(applicant.toCurrentUser(clock.instant()));
        Application application = applications.createDraft(actor, applicant.getFullName(), batchId, categoryId,
                accounts.employerNameOf(applicant.getId()));
        reviewStage.freelancerDossier(application.getId(), actor);
        applications.fire(application.getId(), WorkflowEvent.SUBMIT, actor, null, TransitionFacts.ALL_MET);
    }

    private static List<WorkflowEvent> pathTo(ApplicationStatus target) {
        List<WorkflowEvent> path = new ArrayList<>();
        switch (target) {
            case DRAFT -> { }
            case RETURNED -> path.addAll(List.of(WorkflowEvent.SUBMIT, WorkflowEvent.RETURN));
            case REJECTED -> path.addAll(List.of(WorkflowEvent.SUBMIT, WorkflowEvent.REJECT));
            case WITHDRAWN -> path.addAll(List.of(WorkflowEvent.SUBMIT, WorkflowEvent.WITHDRAW));
            case NOT_NOMINATED -> path.addAll(List.of(WorkflowEvent.SUBMIT, WorkflowEvent.ENDORSE, WorkflowEvent.DECLINE));
            case DISQUALIFIED -> {
                path.addAll(pathTo(FORWARDED));
                path.add(WorkflowEvent.FAIL_FORMAL_REVIEW);
            }
            case NOT_SELECTED -> {
                path.addAll(pathTo(REVIEWED));
                path.add(WorkflowEvent.LEAVE_OFF);
            }
            case REMOVED -> {
                path.addAll(pathTo(IN_NOTICE));
                path.add(WorkflowEvent.UPHOLD_OBJECTION);
            }
            default -> {
                // The main line: each state is one step past the one before it.
                List<WorkflowEvent> mainLine = List.of(WorkflowEvent.SUBMIT, WorkflowEvent.ENDORSE,
                        WorkflowEvent.NOMINATE, WorkflowEvent.FORWARD, WorkflowEvent.PASS_FORMAL_REVIEW,
                        WorkflowEvent.ASSIGN_EXPERTS, WorkflowEvent.COMPLETE_REVIEWS, WorkflowEvent.PROPOSE,
                        WorkflowEvent.START_NOTICE, WorkflowEvent.APPROVE, WorkflowEvent.PUBLISH);
                ApplicationStatus status = DRAFT;
                for (WorkflowEvent event : mainLine) {
                    if (status == target) {
                        break;
                    }
                    path.add(event);
                    status = ApplicationWorkflow.find(status, event).orElseThrow().to();
                }
            }
        }
        return path;
    }

    private Actor actorFor(WorkflowEvent event, Application application, Actor applicant) {
        ApplicationStatus current = application.getStatus();
        Role role = ApplicationWorkflow.find(current, event).orElseThrow().actor();
        if (role == null) {
            return LOADER;
        }
        return switch (role) {
            case APPLICANT -> applicant;
            case EMPLOYER -> actorIn(Role.EMPLOYER, application.getEmployerUnitId());
            case RECOMMENDER -> actorIn(Role.RECOMMENDER,
                    organization.recommendingUnitOf(application.getEmployerUnitId()).orElseThrow().id());
            default -> Actor.of(users.get("office").toCurrentUser(clock.instant()));
        };
    }

    private Actor actorIn(Role role, long unitId) {
        return users.values().stream()
                .filter(user -> user.getRoles().contains(role) && user.getUnit().getId() == unitId)
                .findFirst().map(user -> Actor.of(user.toCurrentUser(clock.instant()))).orElseThrow();
    }

    /** The employers' opinions (单位意见) of the demo's endorsements, one after another. */
    private static final List<String> EMPLOYER_OPINIONS = List.of(
            "经审核，该同志政治立场坚定，遵纪守法，师德师风良好，近五年主持省级以上科研项目，业绩突出。所填信息和申报材料真实、完整，符合申报条件，同意推荐。",
            "该同志爱岗敬业，在本领域深耕多年，技术革新成果已在本单位推广应用，取得明显经济效益。经单位党委研究，申报材料属实，同意推荐。",
            "经本单位人事部门和学术委员会审核，该同志申报材料真实准确，学术道德良好，无不得申报情形，培养目标明确，单位将按承诺落实配套培养经费和条件，同意推荐。",
            "该同志长期在临床一线工作，医德医风好，在疑难病症诊治和新技术引进方面成绩显著。经审核，申报材料真实有效，同意推荐。");

    /** The recommending units' opinions (推荐意见) of the demo's nominations, one after another. */
    private static final List<String> RECOMMENDER_OPINIONS = List.of(
            "经组织专家评审和实地考察，该同志综合素质好，业绩贡献突出，发展潜力大，在本地区同类人才中排名靠前，经公示无异议，同意推荐。",
            "经综合评价，该同志创新能力强，成果转化成效明显，符合本工程选拔条件，同意作为本地区推荐人选。",
            "该同志在本行业具有较高影响力，所在单位培养措施落实到位。经我局审核并公示，无异议，同意推荐。");

    private static String reasonFor(WorkflowEvent event, int row) {
        return switch (event) {
            case ENDORSE -> EMPLOYER_OPINIONS.get(row % EMPLOYER_OPINIONS.size());
            case NOMINATE -> RECOMMENDER_OPINIONS.get(row % RECOMMENDER_OPINIONS.size());
            case RETURN -> "请补充近五年主要业绩的证明材料。";
            case REJECT -> "申报人不属于本单位在编在岗人员。";
            case DECLINE -> "经综合评价，排名在推荐名额之外。";
            case FAIL_FORMAL_REVIEW -> "申报时已在国内全职工作超过一年，不符合青年项目条件。";
            case UPHOLD_OBJECTION -> "经核查，公示期间反映的论文署名问题属实。";
            default -> null;
        };
    }

    /**
     * A valid 居民身份证号码 for the i-th demo applicant (南昌市东湖区), aged 34 to 46 at the end of
     * {@code year}; the first applicant is 34, within every program's age limit.
     */
    static String demoIdNumber(int i, int year) {
        String first17 = "360102%04d%02d%02d%03d".formatted(year - 34 - i % 13, 1 + i % 12, 1 + (i * 7) % 28, 100 + i);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** The province of the demo's own tree (江西省, 中部). */
    private static final String JIANGXI = "36";

    private void unit(String code, String name, UnitKind kind, Sector sector, String parentCode) {
        unit(code, name, kind, sector, parentCode, JIANGXI, null);
    }

    private void employer(String code, String name, Sector sector, String parentCode, String province,
            InstitutionType type) {
        unit(code, name, UnitKind.EMPLOYER, sector, parentCode, province, type);
    }

    private void unit(String code, String name, UnitKind kind, Sector sector, String parentCode, String province,
            InstitutionType type) {
        var form = new UnitForm();
        form.setCode(code);
        form.setName(name);
        form.setKind(kind);
        form.setSector(sector);
        form.setSortOrder(units.size());
        form.setParentId(parentCode == null ? null : units.get(parentCode).id());
        form.setProvinceCode(province);
        form.setInstitutionType(type);
        units.put(code, organization.createUnit(form, LOADER));
    }

    private void desk(String code, String name, String bureauCode) {
        var form = new UnitForm();
        form.setCode(code);
        form.setName(name);
        form.setKind(UnitKind.EMPLOYER);
        form.setSector(Sector.NON_PUBLIC);
        form.setSortOrder(units.size());
        form.setParentId(units.get(bureauCode).id());
        form.setIndependentDesk(true);
        // a desk takes people of its bureau's city: in 江西省, of no one kind of institution
        form.setProvinceCode(JIANGXI);
        units.put(code, organization.createUnit(form, LOADER));
    }

    private UserAccount user(String username, String fullName, String unitCode, Role role) {
        UserAccount account = accounts.createWithHash(username, passwordHash, fullName, units.get(unitCode).id(),
                EnumSet.of(role));
        users.put(username, account);
        return account;
    }

}
