import { z } from 'zod';
import { Language, PageQuery, page, Uuid } from './common.js';

export const roles = [
  'teacher',
  'educational-adviser',
  'assessor',
  'coordinator',
  'line-manager',
  'trainer',
  'mentor',
  'provider',
  'administrator',
] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const institutionKinds = ['umc', 'gp-training', 'school', 'provider', 'other'] as const;
export const InstitutionKind = z.enum(institutionKinds);
export type InstitutionKind = z.infer<typeof InstitutionKind>;

export const unitKinds = ['faculty', 'division', 'department', 'location', 'other'] as const;
export const UnitKind = z.enum(unitKinds);
export type UnitKind = z.infer<typeof UnitKind>;

export const InstitutionRef = z.object({ id: Uuid, name: z.string() });
export const UnitRef = z.object({ id: Uuid, name: z.string() });

export const RoleAssignment = z.object({
  id: Uuid,
  role: Role,
  /** null only for a platform-wide administrator */
  institution: InstitutionRef.nullable(),
  /** null: the whole institution */
  unit: UnitRef.nullable(),
});
export type RoleAssignment = z.infer<typeof RoleAssignment>;

export const Person = z.object({
  id: Uuid,
  displayName: z.string(),
  email: z.email(),
  language: Language,
});
export type Person = z.infer<typeof Person>;

export const Me = z.object({
  person: Person,
  roles: z.array(RoleAssignment),
});
export type Me = z.infer<typeof Me>;

export const UpdateMe = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    language: Language.optional(),
  })
  .strict();
export type UpdateMe = z.infer<typeof UpdateMe>;

export const LoginRequest = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(1000),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const AuthConfig = z.object({
  oidc: z.object({ enabled: z.boolean(), label: z.string() }),
});
export type AuthConfig = z.infer<typeof AuthConfig>;

export const CsrfToken = z.object({ token: z.string() });

export const Unit = z.object({
  id: Uuid,
  parentId: Uuid.nullable(),
  kind: UnitKind,
  name: z.string(),
});
export type Unit = z.infer<typeof Unit>;

export const Institution = z.object({
  id: Uuid,
  slug: z.string(),
  name: z.string(),
  kind: InstitutionKind,
  units: z.array(Unit),
});
export type Institution = z.infer<typeof Institution>;
export const InstitutionList = z.object({ items: z.array(Institution) });

export const CreateInstitution = z
  .object({
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,40}$/),
    name: z.string().trim().min(2).max(200),
    kind: InstitutionKind,
  })
  .strict();
export type CreateInstitution = z.infer<typeof CreateInstitution>;

export const CreateUnit = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: UnitKind,
    parentId: Uuid.nullable().default(null),
  })
  .strict();
export type CreateUnit = z.infer<typeof CreateUnit>;

export const PersonSummary = Person.extend({ roles: z.array(RoleAssignment) });
export type PersonSummary = z.infer<typeof PersonSummary>;
export const PersonPage = page(PersonSummary);
export type PersonPage = z.infer<typeof PersonPage>;

export const PeopleQuery = PageQuery.extend({
  institutionId: Uuid.optional(),
  q: z.string().trim().max(100).optional(),
});

export const CreatePerson = z
  .object({
    displayName: z.string().trim().min(1).max(200),
    email: z.email().max(320),
    language: Language.default('nl'),
    password: z.string().min(12).max(1000).optional(),
  })
  .strict();
export type CreatePerson = z.infer<typeof CreatePerson>;

export const AssignRole = z
  .object({
    role: Role,
    institutionId: Uuid.nullable(),
    unitId: Uuid.nullable().default(null),
  })
  .strict();
export type AssignRole = z.infer<typeof AssignRole>;

export const IdParam = z.object({ id: Uuid });
export const PersonRoleParam = z.object({ id: Uuid, assignmentId: Uuid });
