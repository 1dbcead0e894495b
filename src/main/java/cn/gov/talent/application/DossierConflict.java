package cn.gov.talent.application;

/** The dossier was saved elsewhere (another tab) since this form was opened: nothing is overwritten. */
public class DossierConflict extends RuntimeException {

    public DossierConflict() {
        super("dossier.conflict");
    }
}
