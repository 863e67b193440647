-- A published policy version never changes and is never removed: advice given under it must stay
-- explainable. Only a draft may be edited, published or deleted. Enforced here so no code path can forget.
CREATE FUNCTION qualification_policy_versions_immutable() RETURNS trigger AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'published policy version % cannot be changed or removed', OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER qualification_policy_versions_immutable
  BEFORE UPDATE OR DELETE ON qualification_policy_versions
  FOR EACH ROW EXECUTE FUNCTION qualification_policy_versions_immutable();
