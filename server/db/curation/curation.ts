// Curation, one module: delete an article, merge entities, reject a claim, edit an entity.
export { deleteArticle, type DeleteArticleResult } from './delete-article.js';
export { mergeEntities, type MergeEntitiesResult } from './merge-entities.js';
export { rejectClaim } from './reject-claim.js';
export { updateEntity, type EntityUpdate } from './update-entity.js';
