/* coprod-action-listing.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "coprod-team.h"

G_BEGIN_DECLS

typedef enum
{
  COPROD_ACTION_LISTING_OPEN,     /* the team's open actions by owner, most overdue first */
  COPROD_ACTION_LISTING_CLOSED,   /* done and can't do, the latest first */
  COPROD_ACTION_LISTING_MEETING,  /* the actions made in one meeting, as they were made */
} CoprodActionListingMode;

/* The heading above one owner's actions in the open listing. */
#define COPROD_TYPE_OWNER_HEADING (coprod_owner_heading_get_type ())
G_DECLARE_FINAL_TYPE (CoprodOwnerHeading, coprod_owner_heading, COPROD, OWNER_HEADING, GObject)

CoprodPerson *coprod_owner_heading_get_person    (CoprodOwnerHeading *self);
guint         coprod_owner_heading_get_n_actions (CoprodOwnerHeading *self);
guint         coprod_owner_heading_get_n_overdue (CoprodOwnerHeading *self);

#define COPROD_TYPE_ACTION_LISTING (coprod_action_listing_get_type ())
G_DECLARE_FINAL_TYPE (CoprodActionListing, coprod_action_listing, COPROD, ACTION_LISTING, GObject)

CoprodActionListing *coprod_action_listing_new           (CoprodTeam              *team,
                                                          CoprodActionListingMode  mode,
                                                          gint64                   meeting_id);
CoprodActionListingMode coprod_action_listing_get_mode   (CoprodActionListing     *self);
void                 coprod_action_listing_set_mode      (CoprodActionListing     *self,
                                                          CoprodActionListingMode  mode);
void                 coprod_action_listing_set_search    (CoprodActionListing     *self,
                                                          const char              *search);
void                 coprod_action_listing_set_today     (CoprodActionListing     *self,
                                                          const GDate             *today);
void                 coprod_action_listing_get_today     (CoprodActionListing     *self,
                                                          GDate                   *today);
guint                coprod_action_listing_get_n_actions (CoprodActionListing     *self);
void                 coprod_action_listing_refresh       (CoprodActionListing     *self);

G_END_DECLS
