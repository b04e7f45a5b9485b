export interface Config {
  /** Configuration of the Tech Learning backend plugin. */
  learning?: {
    permissions?: {
      /**
       * Users and groups (full entity refs) who may do everything with
       * learning material under the plugin's default permission policy,
       * `LearningPermissionPolicy`.
       */
      admins?: string[];
    };
  };
}
