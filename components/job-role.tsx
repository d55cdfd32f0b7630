export { JOB_ROLE_LABEL } from '@/lib/users/schemas';
