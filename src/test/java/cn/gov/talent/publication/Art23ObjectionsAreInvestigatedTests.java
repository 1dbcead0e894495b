package cn.gov.talent.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.NoticeScenario;
import cn.gov.talent.support.TestData;

/**
 * 002 art. 23 and 004 §二(三)5: real-name objections are investigated and verified; an anonymous one,
 * filed only with leads, may be left uninvestigated when its leads are not specific, with the reason;
 * and an objection is decided on what was found — the investigating unit's written findings, or for
 * an academic question the reviewing experts' answers — never while the investigation is still open.
 */
@IntegrationTest
class Art23ObjectionsAreInvestigatedTests {

    @Autowired
    NoticeScenario scenario;

    @Autowired
    Objections objections;

    @Autowired
    Notices notices;

    @Autowired
    TestData data;

    private static void refusedWith(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }

    @Test
    void aRealNameObjectionCannotBeDismissedAtTriage() {
        NoticeScenario.InNotice inNotice = scenario.inNotice("320", 1);
        long objection = scenario.object(inNotice.noticeId(), inNotice.batch().applicationIds().get(0));
        Actor office = data.actor("office");
        refusedWith(() -> objections.triage(objection, false, "反映内容不具体", null, office),
                "objection.mustInvestigate");
        assertThat(objections.objection(objection).getStatus()).isEqualTo(ObjectionStatus.RECEIVED);
    }

    @Test
    void anAnonymousObjectionWhoseLeadsAreNotSpecificMayBeDismissedWithTheReason() {
        NoticeScenario.InNotice inNotice = scenario.inNotice("320", 1);
        var form = new ObjectionForm();
        form.setApplicationId(inNotice.batch().applicationIds().get(0));
        form.setAnonymous(true);
        form.setContent("听说此人的业绩有水分，请组织核查。");
        form.setLeads("单位里有人这么说，具体是哪一项业绩、哪一年的事情并不清楚。");
        String receipt = objections.file(inNotice.noticeId(), form, List.of(), "10.77.0.1");
        long objection = objections.byReceipt(receipt).orElseThrow().getId();
        Actor office = data.actor("office");
        refusedWith(() -> objections.triage(objection, false, " ", null, office), "objection.reasonRequired");
        objections.triage(objection, false, "匿名反映未提供具体线索，不予调查。", null, office);
        assertThat(objections.objection(objection).getStatus()).isEqualTo(ObjectionStatus.DISMISSED);
    }

    @Test
    void anObjectionIsDecidedOnlyOnTheFindings() {
        NoticeScenario.InNotice inNotice = scenario.inNotice("320", 1);
        long objection = scenario.object(inNotice.noticeId(), inNotice.batch().applicationIds().get(0));
        Actor office = data.actor("office");
        objections.triage(objection, true, "请调查核实", notices.today().plusDays(5), office);
        refusedWith(() -> objections.decide(objection, false, "反映问题不属实。", office), "objection.findingsFirst");

        objections.fileFindings(objection, "经调查核实，反映问题不属实。", List.of(), data.actor("recommender"));
        objections.decide(objection, false, "反映问题不属实。", office);
        assertThat(objections.objection(objection).getStatus()).isEqualTo(ObjectionStatus.UNFOUNDED);
    }
}
