package cn.gov.talent.support;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/** Puts the suite's clock back before each test, so a test that moved it leaves nothing behind. */
public class ResetTestClock implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext context) {
        if (context.hasApplicationContext()) {
            context.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
        }
    }
}
