package cn.gov.talent.program;

/** A refused change to a program or batch, tied to the form field it concerns. */
public class ProgramRefusal extends RuntimeException {

    private final String field;

    public ProgramRefusal(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
