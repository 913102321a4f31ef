/**
 * Peer pages (TE6): a page for each condition and for each postcode district, where workers,
 * volunteers, peer supporters and anyone else who joins share posts and replies, plan meet-ups (with
 * "going", "maybe" or "not going" answers and comments) and ask each other for mentoring.
 *
 * <p><b>Who belongs.</b> Anyone signed in may join or leave any page; that choice is stored. Workers,
 * volunteers and peer supporters also belong automatically, with no button to press: to the page of
 * each condition that someone they support as a worker in a team lives with, or that their own
 * profile lists (conditions they have experience of, and the specialist skills that name one), and to
 * the page of their home postcode's district. Leaving a page overrides belonging to it automatically.
 * The rule is {@code internal.MembershipRule}, a pure function.
 *
 * <p><b>When it is worked out.</b> Automatic membership depends on other modules' data (teams and
 * profiles) that change without telling this module, so it is worked out afresh whenever someone opens
 * their peer pages or a page (not on the background refreshes of a page that is already open) and
 * stored in a table that is replaced for that account each time. Storing it lets a page list its
 * members; working it out on opening means nothing is ever stale for the person looking. Each read of
 * a supported person's conditions for this is written to the access log, which the person can see.
 * What is stored is only which pages an account belongs to automatically, never which team brought
 * them there, and pages show members' names and roles only, so they never reveal who supports whom or
 * what condition a supported person lives with.
 *
 * <p>Other modules use {@link org.carecoop.peers.PeerPagesApi}. Peer pages are not a person's care
 * record, so {@code AccessPolicy} is not involved: only members of a page read and write on it.
 */
@ApplicationModule(displayName = "Peers")
@NullMarked
package org.carecoop.peers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
