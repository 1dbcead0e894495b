package cn.gov.talent.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The employer named by an application through a bureau's desk, and the workplace read back from it (ADR 0027). */
class EmployerNameTest {

    @Test
    void theWorkplaceWithTheBureauThatTakesIt() {
        assertThat(EmployerName.throughDesk("自由职业", "南昌市人社局")).isEqualTo("自由职业（南昌市人社局受理）");
    }

    @Test
    void theWorkplaceIsReadBackAndAnyOtherNameIsLeftAsItIs() {
        assertThat(EmployerName.workplace("自由职业（南昌市人社局受理）")).isEqualTo("自由职业");
        assertThat(EmployerName.workplace(EmployerName.throughDesk("江西某某科技有限公司（南昌分公司）", "南昌市人社局")))
                .isEqualTo("江西某某科技有限公司（南昌分公司）");
        assertThat(EmployerName.workplace("南昌大学")).isEqualTo("南昌大学");
        assertThat(EmployerName.workplace("某研究院（筹）")).isEqualTo("某研究院（筹）");
        assertThat(EmployerName.workplace(null)).isNull();
    }
}
