/**
 * Partnerships of firms for one tender: a lead firm invites partners, each answers its invitation,
 * and once all accepted the consortium is formed with a work package and an agreed share of the
 * value per member; the lead then responds to the tender for all of them.
 */
package nl.kringkoop.partnership;
