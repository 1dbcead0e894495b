package cn.gov.talent.organization;

/** A refusal that belongs to one field of a form, so the page can show it beside that field. */
public class FieldRefusal extends OrganizationException {

    private final String field;

    public FieldRefusal(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
