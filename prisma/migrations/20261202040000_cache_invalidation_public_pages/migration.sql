-- Task, member, leaderboard, participation and service-quality pages are served from the cache too (lib/cache): the rows they show
-- that 20261202000500_cache_invalidation did not announce yet announce their page tags now, with
-- the same function (pairs of tag prefix and column).

-- A member page lists the member's completed tasks: an assignment taken, completed or dropped.
CREATE TRIGGER cache_announce_member AFTER INSERT OR UPDATE OR DELETE ON "TaskAssignment"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('member', 'userId');

-- A member page is public only with the member's consent (PUBLIC_PROFILE), given or revoked.
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "Consent"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('member', 'userId');

-- A member page shows the member's picture.
CREATE TRIGGER cache_announce_avatars AFTER UPDATE OF "avatarKey" ON "User"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('member', 'id');

-- The participation pages (consultations, results) show consultations, proposals with their
-- supports, comments and answers, and results: any change to one, hiding by moderation included
-- (it sets "hiddenAt" on the proposal or comment row), announces `participation`.
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "Consultation"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('participation', '');
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "Proposal"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('participation', '', 'proposal', 'id');
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "ProposalSupport"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('participation', '', 'proposal', 'proposalId');
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "ProposalComment"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('participation', '', 'proposal', 'proposalId');
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "ProposalAnswer"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('participation', '', 'proposal', 'proposalId');
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "Result"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('participation', '');
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "ResultMilestone"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('participation', '');
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "ResultProposal"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('participation', '');

-- The service-quality page shows the ratings and the call-back cases of bad ones.
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "ServiceRating"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('service-quality', '');
CREATE TRIGGER cache_announce AFTER INSERT OR UPDATE OR DELETE ON "RatingCase"
  FOR EACH ROW EXECUTE FUNCTION zcs_cache_announce('service-quality', '');
