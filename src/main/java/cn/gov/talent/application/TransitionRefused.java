package cn.gov.talent.application;

import cn.gov.talent.shared.Refusal;

/**
 * A transition the state machine will not make: only {@link ApplicationWorkflow#decide} throws it.
 * {@code messageKey} says why in the user's language; the arguments (status, event, role, guard)
 * are named as on screen when described. Every other refusal is a plain {@link Refusal}.
 */
public class TransitionRefused extends Refusal {

    TransitionRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
