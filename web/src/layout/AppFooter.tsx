import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The footer of every page, signed in or not: the accessibility statement is always one click away. */
export function AppFooter() {
  const { t } = useTranslation();
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <ul className="align-text-left unstyled-list inline-list">
            <li>
              <Link to="/accessibility">{t('accessibility.link')}</Link>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
