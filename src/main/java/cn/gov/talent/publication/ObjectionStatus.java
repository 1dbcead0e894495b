package cn.gov.talent.publication;

/** Where an objection stands; the first three keep it open, and an open objection blocks approval. */
enum ObjectionStatus {
    /** Filed, waiting for the office to triage it. */
    RECEIVED,
    /** Not investigated, with the reason (e.g. anonymous and without specific leads). */
    DISMISSED,
    /** Sent to the nominee's recommending unit for investigation, with a due date. */
    INVESTIGATING,
    /** The unit filed its written findings; the office decides. */
    FINDINGS_FILED,
    /** 不属实: the person stays on the list. */
    UNFOUNDED,
    /** 属实: the person is removed from the list. */
    UPHELD;

    public boolean isOpen() {
        return this == RECEIVED || this == INVESTIGATING || this == FINDINGS_FILED;
    }
}
