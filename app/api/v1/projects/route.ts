import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { listApiProjects } from '@/lib/projects/api-projects';

// GET /api/v1/projects: the projects the token's person may read.
export const GET = guarded(z.object({}), { action: 'read' }, ({ user }) => listApiProjects(user));
