import { SetMetadata } from '@nestjs/common';
import type { Permission } from './access-policy';

export const PERMISSION_KEY = 'venskab:permission';
export const PUBLIC_KEY = 'venskab:public';

/** The permission an endpoint needs (see access-policy.ts). Every endpoint must say one, or be @Public(). */
export const Requires = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);

/** No token needed: health, signing in, the API documentation. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
